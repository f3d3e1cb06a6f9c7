// Marks the page as able to run GOV.UK Frontend's scripts, then starts its components.
// Loaded as a module from the layout: the Content-Security-Policy allows no inline script.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Marks the page as able to run GOV.UK Frontend's scripts, then starts its components.
// Loaded as a module from the layout: the Content-Security-Policy allows no inline script.
// The import names GOV.UK Frontend's version, so that a browser keeps the file until the version changes
// (SystemConfig; StaticFilesTest fails when the version on the class path is another).
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

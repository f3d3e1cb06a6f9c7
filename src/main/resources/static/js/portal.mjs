// Marks the page as able to run GOV.UK Frontend's scripts, then starts its components.
// Loaded as a module from the layout: the Content-Security-Policy allows no inline script.
// The import names GOV.UK Frontend's version, so that a browser keeps the file until the version changes
// (SystemConfig; StaticFilesTest fails when the version on the class path is another).
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// An import of figures being checked: its status (role="status", so screen readers hear each change) is read again
// every two seconds until the check is done, then the page is loaded afresh to show what the check found.
const progress = document.querySelector('[data-portal-progress]')
if (progress) {
  const follow = async () => {
    const response = await fetch(window.location.href, { credentials: 'same-origin' })
    const page = new DOMParser().parseFromString(await response.text(), 'text/html')
    const now = page.querySelector('[data-portal-progress]')
    if (now) {
      progress.textContent = now.textContent
      window.setTimeout(follow, 2000)
    } else {
      window.location.replace(window.location.href)
    }
  }
  window.setTimeout(follow, 2000)
}

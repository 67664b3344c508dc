// Starts the GOV.UK Frontend components on the page (error summary focus, service navigation menu,
// skip link, checkboxes). Every page works without it.
import { initAll } from '/lib/govuk-frontend/govuk-frontend.min.js';

initAll();

// What GOV.UK Frontend's page template does in an inline script, kept in a file because the
// Content-Security-Policy allows scripts from this site only. Load it at the start of <body>.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

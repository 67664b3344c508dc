namespace OpenCsc.Web.Pages.Shared.Govuk;

// Models for the GOV.UK Design System partials in this folder (_ErrorSummary, _Pagination, _SummaryList, _Tag).
// GovUk.Frontend.AspNetCore is not available here; these few partials write the same markup as the
// govuk-frontend Nunjucks macros for the components the pages use.

/// <summary>An error against one field: the summary links to the field's id.</summary>
public sealed record FieldError(string FieldId, string Message);

public sealed record PaginationModel(int Page, int PageCount, Func<int, string> PageUrl);

public sealed record SummaryListRow(string Key, string Value, string? Id = null);

public sealed record SummaryListModel(IReadOnlyList<SummaryListRow> Rows, string? Classes = null);

/// <summary>A GOV.UK tag; Colour is a govuk-tag modifier such as "red" or "grey", or null for the default blue.</summary>
public sealed record TagModel(string Text, string? Colour = null);

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

/// <summary>
/// A GOV.UK date input: day, month and year boxes in a fieldset. Id is the prefix of the boxes' ids (the error summary
/// links to Id-day); Names are the form field names of the three boxes.
/// </summary>
public sealed record DateInputModel(string Id, string Legend, string? Hint, string? Error, string? Day, string? Month, string? Year, (string Day, string Month, string Year) Names);

/// <summary>A GOV.UK set of radios; Items are the values and labels, Checked the value sent back.</summary>
public sealed record RadiosModel(string Name, string Legend, string? Hint, string? Error, IReadOnlyList<(string Value, string Label)> Items, string? Checked, bool Inline = false);

/// <summary>A GOV.UK text input, textarea or select (when Options is given) with its label, hint and error.</summary>
public sealed record FieldModel(string Id, string Name, string Label, string? Hint, string? Error, string? Value, string Kind = "text", string? Width = null, IReadOnlyList<(string Value, string Label)>? Options = null);

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
/// A GOV.UK date input: day, month and year boxes in a fieldset. The boxes' ids are Prefix-day, Prefix-month and
/// Prefix-year; an error links to Prefix-day.
/// </summary>
public sealed record DateInputModel(
    string Prefix, string Legend, string Hint, string? Error, string? Day, string? Month, string? Year,
    string DayName = "day", string MonthName = "month", string YearName = "year");

/// <summary>GOV.UK radios in a fieldset: the first option's id is Id (an error links to it), the others Id-1, Id-2, ...</summary>
public sealed record RadiosModel(string Id, string Name, string Legend, string? Hint, string? Error, string? Selected, IReadOnlyList<RadioOption> Options, bool Inline = false);

/// <summary>One radio: the value it sends, its label, and a hint under it.</summary>
public sealed record RadioOption(string Value, string Label, string? Hint = null);

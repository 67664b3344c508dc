namespace OpenCsc.Web.Pages.Shared.Govuk;

// Models for the GOV.UK Design System partials in this folder (_DateInput, _ErrorSummary, _Pagination, _Radios, _Select,
// _SummaryList, _Tag, _Field).
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
/// A GOV.UK date input: three boxes named <paramref name="DayName"/>, <paramref name="MonthName"/> and
/// <paramref name="YearName"/>, with ids from <paramref name="Prefix"/> (the error summary links to prefix-day).
/// </summary>
public sealed record DateInputModel(string Prefix, string Legend, string Hint, string? Error, string DayName, string MonthName, string YearName, string? Day, string? Month, string? Year);

/// <summary>A GOV.UK select with an empty first option; the error summary links to <paramref name="Id"/>.</summary>
public sealed record SelectModel(string Id, string Name, string Label, string? Hint, string? Error, IReadOnlyList<(string Value, string Text)> Options, string? Selected, string EmptyText = "Select");

/// <summary>GOV.UK radios; the first radio has <paramref name="Id"/> (where the error summary links), the others Id-1, Id-2, ...</summary>
public sealed record RadiosModel(string Id, string Name, string Legend, string? Hint, string? Error, IReadOnlyList<(string Value, string Text)> Options, string? Checked, bool Inline = false, IReadOnlyList<string?>? OptionHints = null)
{
    /// <summary>Radios from options that may each carry a hint under their label.</summary>
    public static RadiosModel From(string id, string name, string legend, string? hint, string? error, string? selected, IReadOnlyList<RadioOption> options, bool inline = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(id, name, legend, hint, error, [.. options.Select(o => (o.Value, o.Label))], selected, inline, [.. options.Select(o => o.Hint)]);
    }
}

/// <summary>One radio: the value it sends, its label, and a hint under it.</summary>
public sealed record RadioOption(string Value, string Label, string? Hint = null);

/// <summary>A GOV.UK text input, textarea or select (when Options is given) with its label, hint and error.</summary>
public sealed record FieldModel(string Id, string Name, string Label, string? Hint, string? Error, string? Value, string Kind = "text", string? Width = null, IReadOnlyList<(string Value, string Label)>? Options = null);

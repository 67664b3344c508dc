namespace OpenCsc.Returns;

/// <summary>
/// Cells a spreadsheet would run as a formula when the file is opened (CSV injection): text starting with
/// = + - @ or a tab or carriage return.
/// </summary>
public static class SpreadsheetFormulas
{
    public static bool LooksLikeFormula(ReadOnlySpan<char> value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Prefixes a formula-like value with a single quote, which spreadsheets show as text and never run (the
    /// OWASP advice); other values are returned unchanged.
    /// </summary>
    public static string Escape(string value) => LooksLikeFormula(value) ? "'" + value : value;
}

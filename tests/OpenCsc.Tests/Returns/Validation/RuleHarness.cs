using System.Globalization;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Tests.Returns.Validation;

/// <summary>
/// Runs one rule over tables written inline: blocks separated by a blank line, each the table's name, its header row
/// and its rows (comma-separated, no quoting). Returns the flagged rows as "Table:row", in table and row order.
/// </summary>
internal static class RuleHarness
{
    public static readonly DateOnly Start = new(2026, 4, 1);
    public static readonly DateOnly End = new(2027, 3, 31);

    public static string[] Run(Ssda903Rule rule, string tables, DateOnly? start = null, DateOnly? end = null, string? localAuthority = null)
    {
        ValidationReport report = Ssda903Validator.Validate(Parse(tables), [rule], start ?? Start, end ?? End, localAuthority);
        Assert.True(report.Missing.Count == 0, string.Join("; ", report.Missing.Select(m => m.Describe())));
        return [.. report.Failures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Table}:{f.Row}"))];
    }

    public static ReturnTables Parse(string text)
    {
        var tables = new ReturnTables();
        string[] blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        foreach (string block in blocks)
        {
            string[] lines = [.. block.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];
            string[] columns = lines[1].Split(',');
            var rows = lines.Skip(2).Select(l => l.Split(',').Select(v => (string?)v).ToArray()).ToList();
            tables.Add(new ReturnTable(lines[0].Trim(), columns, rows));
        }

        return tables;
    }
}

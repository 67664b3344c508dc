using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using OpenCsc.Returns.AnnexA;

namespace OpenCsc.Returns.Validation;

/// <summary>Writes a validation report as JSON, as a text table, or as a workbook (failures, and what was not checked).</summary>
public static class ValidationReportWriter
{
    private static readonly string[] Headings = ["rule", "type", "table", "row", "child", "fields", "message"];

    /// <summary>
    /// <c>{"collection":{"start","end"},"rulesRun":N,"failures":[{"rule","type","table","row","child","fields","message"}],
    /// "missing":[{"table","column","rules"}]}</c>; dates as YYYY-MM-DD, row the 0-based data row in the table's file.
    /// </summary>
    public static void WriteJson(ValidationReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("collection");
        json.WriteString("start", report.CollectionStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("end", report.CollectionEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteNumber("rulesRun", report.RulesRun);
        json.WriteStartArray("failures");
        foreach (ValidationFailure failure in report.Failures)
        {
            json.WriteStartObject();
            json.WriteString("rule", failure.Rule);
            json.WriteString("type", TypeName(failure.Type));
            json.WriteString("table", failure.Table);
            if (failure.Path is not null)
            {
                json.WriteString("row", failure.Path);
            }
            else
            {
                json.WriteNumber("row", failure.Row);
            }

            json.WriteString("child", failure.Child);
            json.WriteStartArray("fields");
            foreach (string field in failure.Fields)
            {
                json.WriteStringValue(field);
            }

            json.WriteEndArray();
            json.WriteString("message", failure.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (MissingInput missing in report.Missing)
        {
            json.WriteStartObject();
            json.WriteString("table", missing.Table);
            json.WriteString("column", missing.Column);
            json.WriteStartArray("rules");
            foreach (string rule in missing.Rules)
            {
                json.WriteStringValue(rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One line per failure, then a count per rule and what was not checked.</summary>
    public static string FormatTable(ValidationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"rule",-10} {"type",-6} {"table",-15} {"row",6} {"child",-12} message");
        foreach (ValidationFailure f in report.Failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{f.Rule,-10} {TypeName(f.Type),-6} {f.Table,-15} {f.Path ?? f.Row.ToString(CultureInfo.InvariantCulture),6} {f.Child ?? "",-12} {f.Message}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{report.Failures.Count} failures of {report.Failures.Select(f => f.Rule).Distinct().Count()} rules; {report.RulesRun} rules run, collection {report.CollectionStart:yyyy-MM-dd} to {report.CollectionEnd:yyyy-MM-dd}.");
        foreach (MissingInput missing in report.Missing)
        {
            text.AppendLine("Not checked: " + missing.Describe() + ".");
        }

        return text.ToString();
    }

    /// <summary>A workbook with a Failures sheet and a Not checked sheet.</summary>
    public static Task WriteXlsxAsync(ValidationReport report, Stream output, CancellationToken cancellationToken = default) =>
        AnnexAWriter.WriteAsync(output,
        [
            new AnnexASheet("Failures", Headings, Rows(report.Failures.Select(f => new[]
            {
                AnnexACell.Of(f.Rule), AnnexACell.Of(TypeName(f.Type)), AnnexACell.Of(f.Table), f.Path is null ? AnnexACell.Of((long)f.Row) : AnnexACell.Of(f.Path),
                AnnexACell.Of(f.Child), AnnexACell.Of(string.Join(";", f.Fields)), AnnexACell.Of(f.Message),
            }))),
            new AnnexASheet("Not checked", ["table", "column", "rules"], Rows(report.Missing.Select(m => new[]
            {
                AnnexACell.Of(m.Table), AnnexACell.Of(m.Column), AnnexACell.Of(string.Join(", ", m.Rules)),
            }))),
        ], cancellationToken);

    public static string TypeName(RuleType type) => type switch
    {
        RuleType.Error => "error",
        RuleType.Query => "query",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static async IAsyncEnumerable<AnnexACell[]> Rows(IEnumerable<AnnexACell[]> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (AnnexACell[] row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        await Task.CompletedTask;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenCsc.IntegrationTests.Cli;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.Validation;

/// <summary>
/// Runs every vector of ../shared/conformance/cin-vectors through `opencsc validate cin-census`: each vector is one
/// census XML file; its reference date sets the census period (--period-start/--period-end) and the collection year
/// picks the rules. A vector agrees when the rule flags exactly the children it expects (LAchildIDs), or for the
/// return-level rules (2883, 2886Q, 2887Q, 2888Q) when the return is flagged exactly when the vector says so. Rule 100
/// has one Header per file, so its four Header rows are run as four files (rows 1-3 flagged, row 0 not).
/// </summary>
public sealed class CinCensusConformanceTests
{
    /// <summary>What this engine achieves today (the target is 95% of 108, i.e. 103; 104 agree).</summary>
    private const int AgreementFloor = 104;

    [Fact]
    public async Task Vectors_Agree_AtLeastTheFloor()
    {
        string root = SharedFolder.Require(Path.Combine("conformance", "cin-vectors"));
        var results = new List<(string Vector, string Outcome)>();
        foreach (string folder in Directory.EnumerateDirectories(root, "*__*").Order(StringComparer.Ordinal))
        {
            results.Add((Path.GetFileName(folder), await RunVectorAsync(folder)));
        }

        int agreed = results.Count(r => r.Outcome.StartsWith("agree", StringComparison.Ordinal));
        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"CIN census conformance: {agreed} of {results.Count} vectors agree ({100.0 * agreed / results.Count:F1}%).");
        foreach ((string vector, string outcome) in results.Where(r => !r.Outcome.StartsWith("agree", StringComparison.Ordinal)))
        {
            summary.AppendLine(CultureInfo.InvariantCulture, $"  {vector}: {outcome}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(summary.ToString());
        string? report = Environment.GetEnvironmentVariable("OPENCSC_CONFORMANCE_REPORT");
        if (!string.IsNullOrEmpty(report))
        {
            await File.WriteAllTextAsync(report, summary.ToString(), TestContext.Current.CancellationToken);
        }

        Assert.True(results.Count >= 108, $"expected the 108 vectors, found {results.Count}");
        Assert.True(agreed >= AgreementFloor, summary.ToString());
    }

    private static async Task<string> RunVectorAsync(string folder)
    {
        using JsonDocument expected = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "expected.json")));
        JsonElement root = expected.RootElement;
        string rule = root.GetProperty("rule").GetString()!;
        if (rule == "100")
        {
            var got = new List<bool>();
            foreach (string file in Directory.EnumerateFiles(Path.Combine(folder, "header_rows"), "row*.xml").Order(StringComparer.Ordinal))
            {
                got.Add((await FlaggedAsync(file, rule, root)).Header);
            }

            return got.SequenceEqual([false, true, true, true]) ? "agree" : $"disagree: header rows flagged {string.Join(",", got)}, expected False,True,True,True";
        }

        (bool header, SortedSet<string> children) = await FlaggedAsync(Path.Combine(folder, "input.xml"), rule, root);
        if (root.GetProperty("la_level_flag").GetBoolean() || rule is "2883" or "2886Q" or "2887Q" or "2888Q")
        {
            bool want = root.GetProperty("la_level_flag").GetBoolean();
            return header == want ? "agree" : $"disagree: return flagged {header}, expected {want}";
        }

        var wanted = new SortedSet<string>(root.GetProperty("flagged_children").EnumerateArray().Select(c => c.GetString()!), StringComparer.Ordinal);
        return wanted.SetEquals(children)
            ? "agree"
            : $"disagree: got [{string.Join(",", children)}], expected [{string.Join(",", wanted)}]";
    }

    private static async Task<(bool Header, SortedSet<string> Children)> FlaggedAsync(string file, string rule, JsonElement expected)
    {
        string? reference = expected.GetProperty("reference_date_in_xml").GetString();
        DateOnly end = reference is null ? new DateOnly(2026, 3, 31) : DateOnly.ParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly start = end.AddYears(-1).AddDays(1);
        CliRunner.Result result = await CliRunner.RunAsync("validate", "cin-census", file, "--year", "2025",
            "--period-start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "--period-end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, $"{file}: {result.Error}");
        using JsonDocument output = JsonDocument.Parse(result.Output);
        var children = new SortedSet<string>(StringComparer.Ordinal);
        bool header = false;
        foreach (JsonElement failure in output.RootElement.GetProperty("failures").EnumerateArray())
        {
            if (failure.GetProperty("rule").GetString() != rule)
            {
                continue;
            }

            if (failure.GetProperty("table").GetString() == "Header")
            {
                header = true;
            }
            else if (failure.GetProperty("child").GetString() is { } child)
            {
                children.Add(child);
            }
        }

        return (header, children);
    }
}

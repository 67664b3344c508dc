using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Tests.Returns.Validation;

/// <summary>
/// The engine's rules against the DfE's catalogues in ../shared/formats/ssda903: every code of each year's catalogue is
/// implemented or listed in <see cref="NotYetImplemented"/>, and an implemented rule carries the catalogue's message,
/// fields and tables and has its own test class.
/// </summary>
public sealed class Ssda903CatalogueTests
{
    /// <summary>The 2026/27 rules still to write: the gap, visible, and shrinking.</summary>
    public static readonly string[] NotYetImplemented =
    [
        // BEGIN NotYetImplemented
        // END NotYetImplemented
    ];

    public static TheoryData<int, string> Years => new()
    {
        { 2024, "rules_2024_25.csv" },
        { 2025, "rules_2025_26.csv" },
        { 2026, "rules_2026_27.csv" },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void EveryCatalogueCode_IsImplementedOrListedAsNotYetImplemented(int year, string file)
    {
        Dictionary<string, string[]> catalogue = ReadCatalogue(file);
        IReadOnlyList<Ssda903Rule> rules = Ssda903RuleSets.For(new CollectionYear(year));

        string[] codes = [.. rules.Select(r => r.Code)];
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        string[] notInCatalogue = [.. codes.Where(c => !catalogue.ContainsKey(c))];
        string[] implementedButListed = [.. NotYetImplemented.Intersect(codes, StringComparer.Ordinal)];
        string[] unaccounted = [.. catalogue.Keys.Where(c => !codes.Contains(c, StringComparer.Ordinal) && !NotYetImplemented.Contains(c, StringComparer.Ordinal))];
        Assert.Empty(notInCatalogue);
        Assert.Empty(implementedButListed);
        Assert.Empty(unaccounted);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EachRule_HasTheCataloguesMessageFieldsAndTables(int year, string file)
    {
        Dictionary<string, string[]> catalogue = ReadCatalogue(file);
        foreach (Ssda903Rule rule in Ssda903RuleSets.For(new CollectionYear(year)))
        {
            string[] entry = catalogue[rule.Code];
            Assert.Equal((rule.Code, entry[1]), (rule.Code, rule.Type == RuleType.Query ? "query" : "error"));
            Assert.Equal((rule.Code, entry[2]), (rule.Code, rule.Message));
            Assert.Equal((rule.Code, entry[3]), (rule.Code, string.Join(";", rule.Fields)));
            Assert.Equal((rule.Code, entry[4]), (rule.Code, string.Join(";", rule.Tables)));
        }
    }

    [Fact]
    public void EachRule_HasATestClassAtTheMirroredPath()
    {
        var untested = new List<string>();
        foreach (Ssda903Rule rule in Ssda903RuleSets.Y2024_25.Concat(Ssda903RuleSets.Y2025_26).Concat(Ssda903RuleSets.Y2026_27).Distinct())
        {
            string name = rule.GetType().FullName!.Replace("OpenCsc.Returns.", "OpenCsc.Tests.Returns.", StringComparison.Ordinal) + "Tests";
            if (typeof(Ssda903CatalogueTests).Assembly.GetType(name) is null)
            {
                untested.Add(name);
            }
        }

        Assert.Empty(untested);
    }

    private static Dictionary<string, string[]> ReadCatalogue(string file)
    {
        string path = SharedFormats.Require("formats", "ssda903", file);
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path, Encoding.UTF8).Skip(1).Where(l => l.Length > 0))
        {
            string[] fields = SplitCsv(line);
            rows[fields[0]] = fields;
        }

        return rows;
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}

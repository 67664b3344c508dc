using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;

namespace OpenCsc.Tests.Returns.Validation;

/// <summary>
/// The engine's CIN census rules against the DfE's catalogues in ../shared/formats/cin: each year's codes equal the
/// catalogue's, each rule carries the catalogue's type, message and fields and names the tables it flags, and each
/// has its own test class (or is listed in <see cref="NotYetTested"/>, the visible gap).
/// </summary>
public sealed class CinCensusCatalogueTests
{
    private static readonly string[] KnownTables =
        ["Header", "ChildIdentifiers", "ChildCharacteristics", "Disabilities", "CINdetails", "Assessments", "AssessmentFactors", "CINplanDates", "Section47", "ChildProtectionPlans", "Reviews"];

    /// <summary>Rules whose test class is still to write.</summary>
    public static readonly string[] NotYetTested =
    [
        // BEGIN NotYetTested
        // END NotYetTested
    ];

    public static TheoryData<int, string> Years => new()
    {
        { 2024, "rules_2024_25.csv" },
        { 2025, "rules_2025_26.csv" },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void EngineCodes_EqualTheCataloguesCodes(int year, string file)
    {
        Dictionary<string, string[]> catalogue = ReadCatalogue(file);
        string[] codes = [.. CinCensusRuleSets.For(new CollectionYear(year)).Select(r => r.Code)];

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(catalogue.Keys.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void EachRule_HasTheCataloguesMessageFieldsAndItsTables(int year, string file)
    {
        Dictionary<string, string[]> catalogue = ReadCatalogue(file);
        foreach (CinCensusRule rule in CinCensusRuleSets.For(new CollectionYear(year)))
        {
            string[] entry = catalogue[rule.Code];
            Assert.Equal((rule.Code, entry[1]), (rule.Code, rule.Type == RuleType.Query ? "query" : "error"));
            Assert.Equal((rule.Code, entry[2]), (rule.Code, rule.Message));
            Assert.Equal((rule.Code, entry[3]), (rule.Code, string.Join(";", rule.Fields)));
            Assert.NotEmpty(rule.Tables);
            Assert.All(rule.Tables, t => Assert.Contains(t, KnownTables));
        }
    }

    [Fact]
    public void EachRule_HasATestClassAtTheMirroredPath()
    {
        var untested = new List<string>();
        foreach (CinCensusRule rule in CinCensusRuleSets.Y2024_25.Concat(CinCensusRuleSets.Y2025_26).Distinct())
        {
            string name = rule.GetType().FullName!.Replace("OpenCsc.Returns.", "OpenCsc.Tests.Returns.", StringComparison.Ordinal) + "Tests";
            bool tested = typeof(CinCensusCatalogueTests).Assembly.GetType(name) is not null;
            Assert.False(tested && NotYetTested.Contains(rule.Code), $"{rule.Code} is tested: take it off NotYetTested");
            if (!tested && !NotYetTested.Contains(rule.Code))
            {
                untested.Add(name);
            }
        }

        Assert.Empty(untested);
    }

    private static Dictionary<string, string[]> ReadCatalogue(string file)
    {
        string path = SharedFormats.Require("formats", "cin", file);
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

using System.Reflection;
using System.Text.RegularExpressions;
using OpenCsc.Codes;
using OpenCsc.Returns;
using OpenCsc.Returns.Ssda903;
using OpenCsc.Returns.Validation.Ssda903;

namespace OpenCsc.Tests.Codes;

/// <summary>src/OpenCsc/Codes is the one definition of each DfE code list: complete, and not repeated elsewhere.</summary>
public partial class CatalogueTests
{
    /// <summary>Every list of the catalogue: the public static CodeList properties of the types in OpenCsc.Codes.</summary>
    private static readonly IReadOnlyList<(string Name, CodeList List)> Lists =
    [
        .. typeof(CodeList).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CodeList).Namespace && t.IsAbstract && t.IsSealed)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == typeof(CodeList))
                .Select(p => ($"{t.Name}.{p.Name}", (CodeList)p.GetValue(null)!))),
    ];

    [Fact]
    public void The_catalogue_is_found()
    {
        Assert.Contains(Lists, l => l.Name == "LegalStatuses.Codes");
        Assert.Contains(Lists, l => l.Name == "CareLeaverCodes.AccommodationReturned");
        Assert.True(Lists.Count >= 25, $"{Lists.Count} lists");
    }

    [Fact]
    public void Each_list_has_unique_codes_each_with_a_label()
    {
        foreach (var (name, list) in Lists)
        {
            Assert.NotEmpty(list.All);
            Assert.False(string.IsNullOrWhiteSpace(list.Name), name);
            var duplicates = list.Codes.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{name} has {string.Join(", ", duplicates)} more than once");
            foreach (var entry in list.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Code), $"{name} has a blank code");
                Assert.Equal(entry.Code.Trim(), entry.Code);
                Assert.False(string.IsNullOrWhiteSpace(entry.Label), $"{name} {entry.Code} has no label");
                Assert.True(entry.Years.From is null || entry.Years.To is null || entry.Years.From <= entry.Years.To, $"{name} {entry.Code}: {entry.Years}");
            }
        }
    }

    [Fact]
    public void No_other_list_of_catalogue_codes_is_written_in_src()
    {
        // Arrange: a run of three or more string literals separated by commas is a collection of codes (an array,
        // a collection expression, a params call). Patterns ("T0" or "T1") are a rule's logic, not a list.
        string src = SourceFolder();
        var found = new List<string>();

        // Act
        foreach (string file in Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(src, file).Replace('\\', '/');
            if (!(relative.EndsWith(".cs", StringComparison.Ordinal) || relative.EndsWith(".cshtml", StringComparison.Ordinal))
                || relative.StartsWith("OpenCsc/Codes/", StringComparison.Ordinal)
                || relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            foreach (Match run in PatternRun().Matches(text))
            {
                // A pattern naming every code of a list ("M" or "F" or "U") is the list written out again.
                var values = StringLiteral().Matches(run.Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                foreach (var (name, list) in Lists.Where(l => l.List.Codes.Count >= 3 && l.List.Codes.All(values.Contains)))
                {
                    int line = text.AsSpan(0, run.Index).Count('\n') + 1;
                    found.Add($"src/{relative}:{line} tests for every code of {name}");
                }
            }

            foreach (Match run in LiteralRun().Matches(text))
            {
                var values = StringLiteral().Matches(run.Value).Select(m => m.Groups[1].Value).ToList();

                // A run with a value twice is data item by item (the demo's contacts' sources), not a list of codes.
                if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
                {
                    continue;
                }

                foreach (var (name, list) in Lists)
                {
                    var codes = values.Where(list.IsCode).ToList();
                    if (codes.Count >= 3 && !IsRuleWording(relative, codes.Count, list))
                    {
                        int line = text.AsSpan(0, run.Index).Count('\n') + 1;
                        found.Add($"src/{relative}:{line} lists {string.Join(", ", codes)} of {name}");
                    }
                }
            }
        }

        // Assert
        Assert.True(found.Count == 0, "Use the catalogue (src/OpenCsc/Codes) instead of:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_scan_finds_a_list_written_out()
    {
        string text = """string[] legal = ["C1", "C2", "D1"]; string[] sources = ["2A", "5A", "2A", "4"];""";
        var runs = LiteralRun().Matches(text).Select(m => m.Value).ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(3, StringLiteral().Matches(runs[0]).Count(m => LegalStatuses.Codes.IsCode(m.Groups[1].Value)));
        Assert.Single(PatternRun().Matches("""sex is not ("M" or "F" or "U")"""));
    }

    [Fact]
    public void Codes_are_valid_in_the_years_the_DfE_specs_give()
    {
        Assert.Equal("every year", CollectionYears.Always.ToString());
        Assert.Equal("2024/25 onwards", PlacementTypes.Codes.Find("K3")!.Years.ToString());

        var placeIn2023 = PlacementTypes.Codes.ForYear(new CollectionYear(2023)).Codes;
        Assert.Contains("H5", placeIn2023);
        Assert.Contains("P2", placeIn2023);
        Assert.DoesNotContain("K3", placeIn2023);
        Assert.DoesNotContain("A1", placeIn2023);
        var placeIn2025 = PlacementTypes.Codes.ForYear(new CollectionYear(2025)).Codes;
        Assert.Contains("Z14", placeIn2025);
        Assert.DoesNotContain("H5", placeIn2025);
        Assert.DoesNotContain("Z11", PlacementTypes.Codes.ForYear(new CollectionYear(2024)).Codes);

        Assert.Contains("E43", ReasonsEpisodeCeased.Codes.ForYear(new CollectionYear(2017)).Codes);
        Assert.DoesNotContain("E45", ReasonsEpisodeCeased.Codes.ForYear(new CollectionYear(2017)).Codes);
        Assert.DoesNotContain("CUSTOD", ReasonsForPlacementChange.Codes.ForYear(new CollectionYear(2017)).Codes);
        Assert.Equal(["F1", "P1", "F2", "P2", "F3", "P3", "G4", "G5", "G6", "0"], CareLeaverCodes.Activity.ForYear(new CollectionYear(2020)).Codes);

        // A list with the same codes every year is itself in every year.
        Assert.Same(LegalStatuses.Codes, LegalStatuses.Codes.ForYear(new CollectionYear(2016)));
    }

    [Fact]
    public void The_returns_read_their_lists_from_the_catalogue()
    {
        var year = new CollectionYear(2025);
        var episodes = Ssda903Schema.For(year)[Ssda903Table.Episodes]!;
        Assert.Same(LegalStatuses.Codes, episodes.Columns[episodes.IndexOf("LS")].Codes);
        Assert.Same(PlacementTypes.Codes.ForYear(year), episodes.Columns[episodes.IndexOf("PLACE")].Codes);
        Assert.Same(PlacementTypes.Codes.ForYear(year), Ssda903Codes.Place);
        Assert.Equal(CareLeaverCodes.AccommodationReturned.Codes.Count - 2, Ssda903Codes.Accommodation.Codes.Count);
    }

    [Fact]
    public void Lookups_are_exact_for_returns_and_forgiving_for_people()
    {
        Assert.True(LegalStatuses.Codes.Contains(" c2 "));
        Assert.False(LegalStatuses.Codes.IsCode(" c2 "));
        Assert.True(LegalStatuses.Codes.TryGet("C2".AsSpan(), out string code));
        Assert.Same(LegalStatuses.Codes.Codes[1], code);
        Assert.Equal("Full care order (C2)", LegalStatuses.Codes.Describe("C2"));
        Assert.Equal("b) Full care orders", LegalStatuses.Codes.AnnexALabelOrNull("c2"));
    }

    /// <summary>
    /// A validation rule may name a few codes of a list as the DfE's wording of it does ("P1, R2 or R5"); writing out
    /// half a list or more is a copy of it.
    /// </summary>
    private static bool IsRuleWording(string relative, int codes, CodeList list) =>
        relative.StartsWith("OpenCsc/Returns/Validation/", StringComparison.Ordinal)
        && Path.GetFileName(relative).StartsWith("Rule", StringComparison.Ordinal)
        && codes * 2 < list.ForYear(Catalogue.LatestKnownYear).Codes.Count;

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string src = Path.Combine(dir.FullName, "src");
            if (Directory.Exists(Path.Combine(src, "OpenCsc", "Codes")))
            {
                return src;
            }
        }

        throw new DirectoryNotFoundException("src/OpenCsc/Codes not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("\"[A-Za-z0-9_]{1,8}\"(?:\\s*,\\s*\"[A-Za-z0-9_]{1,8}\")+")]
    private static partial Regex LiteralRun();

    [GeneratedRegex("\"[A-Za-z0-9_]{1,8}\"(?:\\s+or\\s+\"[A-Za-z0-9_]{1,8}\")+")]
    private static partial Regex PatternRun();

    [GeneratedRegex("\"([A-Za-z0-9_]{1,8})\"")]
    private static partial Regex StringLiteral();
}

namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>
/// Validates an SSDA903 return as files: the folder of this year's CSV tables and, optionally, last year's (read as
/// Header_last, Episodes_last, ...) and the DfE/Ofsted provider information (<see cref="Ssda903ProviderInfo"/>). This is what `opencsc validate ssda903` runs.
/// </summary>
public static class ValidateSsda903Files
{
    /// <param name="periodStart">Overrides 1 April of the collection year (checking in-year).</param>
    /// <param name="periodEnd">Overrides 31 March; given alone, the window is the year up to it.</param>
    /// <param name="localAuthority">The authority's code as PL_LA writes it, for the rules about placements in its own area.</param>
    /// <param name="providersPath">The provider information CSV file, for the rules about the placement's Ofsted URN.</param>
    /// <exception cref="ReturnReadException">A table cannot be read; every problem names the file and line.</exception>
    /// <param name="earlierPaths">Returns from before last year's: their episodes' children are Episodes_earlier (rule 1002).</param>
    public static (ValidationReport Report, IReadOnlyList<ReturnProblem> Warnings) Run(
        string path, string? previousPath, CollectionYear year, DateOnly? periodStart = null, DateOnly? periodEnd = null, string? localAuthority = null,
        string? providersPath = null, IReadOnlyList<string>? earlierPaths = null)
    {
        var tables = new ReturnTables();
        var warnings = new List<ReturnProblem>(Ssda903TableFiles.Load(path, tables));
        if (previousPath is not null)
        {
            warnings.AddRange(Ssda903TableFiles.Load(previousPath, tables, "_last"));
        }

        if (providersPath is not null)
        {
            Ssda903ProviderInfo.Load(providersPath, tables);
        }

        if (earlierPaths is { Count: > 0 })
        {
            var children = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string earlier in earlierPaths)
            {
                var earlierTables = new ReturnTables();
                warnings.AddRange(Ssda903TableFiles.Load(earlier, earlierTables));
                if (earlierTables.Find("Episodes") is { } episodes)
                {
                    children.UnionWith(episodes.RowsByChild().Keys);
                }
            }

            tables.Add(new ReturnTable(Y2024_25.Rule1002.EarlierEpisodes, ["CHILD"], children.Select(c => new string?[] { c }).ToList(), "the earlier returns"));
        }

        (DateOnly start, DateOnly end) = Window(year, periodStart, periodEnd);
        return (Ssda903Validator.Validate(tables, Ssda903RuleSets.For(year), start, end, localAuthority), warnings);
    }

    /// <summary>The collection window: the year's, or the overrides; one override alone implies the other a year away.</summary>
    public static (DateOnly Start, DateOnly End) Window(CollectionYear year, DateOnly? periodStart, DateOnly? periodEnd) => (periodStart, periodEnd) switch
    {
        ({ } start, { } end) => (start, end),
        ({ } start, null) => (start, start.AddYears(1).AddDays(-1)),
        (null, { } end) => (end.AddYears(-1).AddDays(1), end),
        _ => (year.Start, year.End),
    };
}

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>Reads a CIN census file as written and runs the collection year's rules over it.</summary>
public static class ValidateCinCensusFile
{
    /// <summary>The report; a file that cannot be read is a <see cref="ReturnReadException"/> naming it and the line.</summary>
    public static ValidationReport Run(string path, CollectionYear year, DateOnly? periodStart = null, DateOnly? periodEnd = null)
    {
        CinCensusTables tables = CinCensusTables.ReadFile(path);
        return CinCensusValidator.Validate(tables, year, periodStart, periodEnd);
    }
}

using OpenCsc.Returns;

namespace OpenCsc.Codes;

/// <summary>The years the catalogue's code lists were written for.</summary>
public static class Catalogue
{
    /// <summary>
    /// The latest collection year whose DfE specs the catalogue follows (SSDA903_schema_2026, CIN_schema_2026: the
    /// 2025/26 collections). Later years use its lists until their changes are known.
    /// </summary>
    public static readonly CollectionYear LatestKnownYear = new(2025);

    /// <summary>Codes withdrawn before the earliest SSDA903 schema we hold (2016/17), kept so old data keeps a label.</summary>
    internal static CollectionYears BeforeKnownSchemas => CollectionYears.Until(2015);
}

using System.Globalization;
using OpenCsc.Returns;

namespace OpenCsc.Codes;

/// <summary>
/// The collection years a code is valid for, both ends included (<see cref="CollectionYear"/> numbering: 2024 is
/// 2024/25, the CIN census collected in 2025 and the SSDA903 schema named 2025). A null end is open: a code in
/// every year the DfE specs we hold describe has neither end.
/// </summary>
public readonly record struct CollectionYears(int? From, int? To)
{
    /// <summary>The same in every year: the code was neither added nor withdrawn in the years the specs cover.</summary>
    public static CollectionYears Always => default;

    /// <summary>Added in the collection year <paramref name="year"/> and still valid.</summary>
    public static CollectionYears Since(int year) => new(year, null);

    /// <summary>Withdrawn after the collection year <paramref name="year"/>.</summary>
    public static CollectionYears Until(int year) => new(null, year);

    public bool Includes(CollectionYear year) => (From is not { } from || year.Year >= from) && (To is not { } to || year.Year <= to);

    /// <summary>"every year", "2024/25 onwards", "until 2017/18", "2019/20 to 2023/24".</summary>
    public override string ToString() => (From, To) switch
    {
        (null, null) => "every year",
        ({ } from, null) => string.Create(CultureInfo.InvariantCulture, $"{new CollectionYear(from).Label} onwards"),
        (null, { } to) => string.Create(CultureInfo.InvariantCulture, $"until {new CollectionYear(to).Label}"),
        ({ } from, { } to) => string.Create(CultureInfo.InvariantCulture, $"{new CollectionYear(from).Label} to {new CollectionYear(to).Label}"),
    };
}

/// <summary>
/// One code of a DfE list: the code, what it means, the collection years it may be returned in, and the category
/// Ofsted's Annex A reports it under (null where Annex A has no category for it).
/// </summary>
public sealed record CodeEntry(string Code, string Label, CollectionYears Years, string? AnnexA = null)
{
    public CodeEntry(string code, string label)
        : this(code, label, CollectionYears.Always)
    {
    }
}

namespace OpenCsc.Returns.AnnexA;

/// <summary>
/// The months before the as-of date a list looks back over, both ends included: the 6 months before 15 June 2026
/// are 16 December 2025 to 15 June 2026.
/// </summary>
public readonly record struct AnnexAWindow(DateOnly AsOf, int Months)
{
    public DateOnly Start => AsOf.AddMonths(-Months).AddDays(1);

    /// <summary>Midnight at the start of <see cref="Start"/>, for timestamps.</summary>
    public DateTime StartTime => Start.ToDateTime(TimeOnly.MinValue);

    /// <summary>Midnight after the as-of date, for timestamps.</summary>
    public DateTime EndTimeExclusive => AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue);

    public bool Contains(DateOnly date) => date >= Start && date <= AsOf;
}

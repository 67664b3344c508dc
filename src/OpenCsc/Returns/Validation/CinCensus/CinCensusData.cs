using System.Collections.Concurrent;
using OpenCsc.Calendar;

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// What the CIN census rules read: the file's tables, the census period (1 April to the reference date, 31 March)
/// and lookups built once and shared by all rules (rows by child, by episode, by plan; each child's dates).
/// </summary>
/// <param name="workingDays">The working-day calendar the rules count with.</param>
public sealed class CinCensusData(CinCensusTables tables, DateOnly collectionStart, DateOnly referenceDate, WorkingDayCalendar workingDays)
{
    private readonly ConcurrentDictionary<string, object> _derived = new(StringComparer.Ordinal);

    public CinCensusTables Tables { get; } = tables;

    /// <summary>The first day of the census year (1 April).</summary>
    public DateOnly CollectionStart { get; } = collectionStart;

    /// <summary>The census reference date, the last day of the census year (31 March).</summary>
    public DateOnly ReferenceDate { get; } = referenceDate;

    public WorkingDayCalendar WorkingDays { get; } = workingDays ?? throw new ArgumentNullException(nameof(workingDays));

    public int ChildCount => Tables.ChildCount;

    public int EpisodeCount => Tables.CINdetails.RowCount;

    public bool InCensusYear(DateOnly date) => date >= CollectionStart && date <= ReferenceDate;

    /// <summary>A child's LAchildID (null when the child has none).</summary>
    public string? ChildId(int child) => child < 0 ? null : Tables.ChildIdentifiers["LAchildID"][child];

    public DateOnly? BirthDate(int child) => Tables.ChildIdentifiers["PersonBirthDate"].Date(child);

    public DateOnly? DeathDate(int child) => Tables.ChildIdentifiers["PersonDeathDate"].Date(child);

    public IReadOnlyList<int>[] ByChild(CinTable table) => table.ByChild(ChildCount);

    public IReadOnlyList<int>[] ByEpisode(CinTable table) => table.ByEpisode(EpisodeCount);

    /// <summary>Each episode's referral NFA flag (null when blank or not 0/1/true/false).</summary>
    public bool?[] ReferralNfa => Derived("nfa", () =>
    {
        CinColumn nfa = Tables.CINdetails["ReferralNFA"];
        return Enumerable.Range(0, EpisodeCount).Select(r => CinValues.ParseFlag(nfa[r])).ToArray();
    });

    /// <summary>The factor codes of each assessment (rows of AssessmentFactors by assessment row).</summary>
    public IReadOnlyList<int>[] FactorsByAssessment => Tables.AssessmentFactors.ByParent(Tables.Assessments.RowCount);

    /// <summary>The review rows of each plan.</summary>
    public IReadOnlyList<int>[] ReviewsByPlan => Tables.Reviews.ByParent(Tables.ChildProtectionPlans.RowCount);

    /// <summary>The date in a row's episode of a CINdetails column.</summary>
    public DateOnly? EpisodeDate(CinTable table, int row, string column) =>
        table.EpisodeOf(row) is int episode and >= 0 ? Tables.CINdetails[column].Date(episode) : null;

    internal T Derived<T>(string key, Func<T> build)
        where T : class => (T)_derived.GetOrAdd(key, _ => build());
}

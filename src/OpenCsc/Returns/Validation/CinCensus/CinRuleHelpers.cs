namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>Small set-based pieces several CIN rules share.</summary>
public static class CinRuleHelpers
{
    public static IEnumerable<int> Rows(this CinTable table) => Enumerable.Range(0, table.RowCount);

    /// <summary>The rows of the table a predicate holds for.</summary>
    public static void Flag(this CinRuleFailures failures, CinTable table, Func<int, bool> predicate) =>
        failures.AddAll(table, table.Rows().Where(predicate));

    /// <summary>Whether the episode is a referral with no further action (ReferralNFA 1 or true).</summary>
    public static bool IsNfa(this CinCensusData data, int episode) => episode >= 0 && data.ReferralNfa[episode] == true;

    /// <summary>Whether the episode goes on to further action (ReferralNFA 0 or false).</summary>
    public static bool IsFurtherAction(this CinCensusData data, int episode) => episode >= 0 && data.ReferralNfa[episode] == false;

    /// <summary>A Section 47 enquiry with no initial conference and not marked ICPC not required.</summary>
    public static bool IsOpenEnquiry(this CinCensusTables t, int row) =>
        t.Section47["DateOfInitialCPC"].IsBlank(row) && CinValues.ParseFlag(t.Section47["ICPCnotRequired"][row]) != true;

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>
    /// Within each group (a child's or an episode's rows), the pairs where row a starts on or after row b starts and
    /// before b ends (on or before, when <paramref name="endInclusive"/>); b with no end counts as running to the
    /// reference date; two rows with the same dates are skipped when <paramref name="skipDuplicates"/>. Groups are small, so the pairs are compared within a group only (a join on the group key).
    /// </summary>
    public static IEnumerable<(int A, int B)> StartsWithin(IEnumerable<IReadOnlyList<int>> groups, DateOnly?[] start, DateOnly?[] end,
        DateOnly referenceDate, bool endInclusive, bool skipDuplicates, Func<int, bool>? openCounts = null)
    {
        foreach (IReadOnlyList<int> rows in groups)
        {
            if (rows.Count < 2)
            {
                continue;
            }

            foreach (int a in rows)
            {
                if (start[a] is not { } startA)
                {
                    continue;
                }

                foreach (int b in rows)
                {
                    if (a == b || start[b] is not { } startB || startA < startB || (skipDuplicates && startA == startB && end[a] == end[b]))
                    {
                        continue;
                    }

                    bool within = end[b] is { } endB
                        ? (endInclusive ? startA <= endB : startA < endB)
                        : startA <= referenceDate && (openCounts?.Invoke(b) ?? true);
                    if (within)
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }
}

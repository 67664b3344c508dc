using OpenCsc.Codes;

namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>A value that must come from a code list (blank allowed or not).</summary>
public abstract class CodeListRule(string code, string message, string fields, string tables, string table, string column, CodeList codes, bool blankAllowed)
    : Ssda903Rule(code, message, fields, tables)
{
    public CodeList Codes => codes;

    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        ReturnColumn values = rows[column];
        for (int r = 0; r < rows.RowCount; r++)
        {
            string? value = values[r];
            if (value is null ? !blankAllowed : !codes.IsCode(value))
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>A value that must be a dd/mm/YYYY date (blank allowed or not).</summary>
public abstract class DateRule(string code, string message, string fields, string tables, string table, string column, bool blankAllowed)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        ReturnColumn values = rows[column];
        for (int r = 0; r < rows.RowCount; r++)
        {
            if (values.IsBlank(r) ? !blankAllowed : values.Date(r) is null)
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>Data integrity: every child of a table must be in Header.</summary>
public abstract class ChildInHeaderRule(string code, string message, string fields, string tables, string table)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        IReadOnlyDictionary<string, int> header = data.Header.FirstRowByChild();
        ReturnTable rows = data.Tables[table];
        ReturnColumn child = rows.Child;
        for (int r = 0; r < rows.RowCount; r++)
        {
            if (!header.ContainsKey(child[r] ?? ""))
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>Data integrity: a column repeated from Header (DOB, SEX) must agree with the child's Header row.</summary>
public abstract class SameAsHeaderRule(string code, string message, string fields, string tables, string table, string column)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        ReturnColumn headerValues = header[column];
        ReturnTable rows = data.Tables[table];
        ReturnColumn child = rows.Child;
        ReturnColumn values = rows[column];
        for (int r = 0; r < rows.RowCount; r++)
        {
            if (headerRows.TryGetValue(child[r] ?? "", out int h) && !string.Equals(headerValues[h], values[r], StringComparison.Ordinal))
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>Data integrity: a child appears at most once in a table; every row of a repeated child is flagged.</summary>
public abstract class OncePerChildRule(string code, string message, string fields, string tables, string table)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        foreach (List<int> childRows in rows.RowsByChild().Values)
        {
            if (childRows.Count > 1)
            {
                failures.AddAll(rows, childRows);
            }
        }
    }
}

/// <summary>
/// When a column holds one of some codes, another column of the same row must (or must not) hold one of others; a
/// blank counts as none of them.
/// </summary>
public abstract class WhenThenRule(string code, string message, string fields, string tables, string table,
    string whenColumn, string[] whenValues, string thenColumn, string[] thenValues, bool thenMustBeIn)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        ReturnColumn when = rows[whenColumn];
        ReturnColumn then = rows[thenColumn];
        for (int r = 0; r < rows.RowCount; r++)
        {
            if (when[r] is { } value && whenValues.Contains(value) && (then[r] is { } other && thenValues.Contains(other)) != thenMustBeIn)
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>
/// A legal status that may last only so many days: a child's consecutive episodes under it (each starting the day the
/// one before ended) count as one spell, an open episode running to the end of the collection year; every episode of a
/// spell longer than the limit is flagged.
/// </summary>
public abstract class LegalStatusSpanRule(string code, string message, string fields, string tables, string legalStatus, int maxDays)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        var spell = new List<int>();
        foreach (int[] rows in episodes.RowsByChildOrderedBy("DECOM").Values)
        {
            spell.Clear();
            DateOnly spellStart = default;
            DateOnly spellEnd = default;
            foreach (int r in rows)
            {
                if (status[r] != legalStatus || start.Date(r) is not { } from)
                {
                    Close(spell, spellStart, spellEnd, episodes, failures);
                    continue;
                }

                DateOnly to = end.Date(r) ?? data.CollectionEnd;
                if (spell.Count > 0 && from == spellEnd)
                {
                    spell.Add(r);
                    spellEnd = to > spellEnd ? to : spellEnd;
                    continue;
                }

                Close(spell, spellStart, spellEnd, episodes, failures);
                spell.Add(r);
                spellStart = from;
                spellEnd = to;
            }

            Close(spell, spellStart, spellEnd, episodes, failures);
        }
    }

    private void Close(List<int> spell, DateOnly from, DateOnly to, ReturnTable episodes, RuleFailures failures)
    {
        if (spell.Count > 0 && to.DayNumber - from.DayNumber > maxDays)
        {
            failures.AddAll(episodes, spell);
        }

        spell.Clear();
    }
}

/// <summary>A placement type a child must have reached an age to start (the child's DOB from Header).</summary>
public abstract class PlacementMinimumAgeRule(string code, string message, string fields, string tables, string place, int years)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn placement = episodes["PLACE"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (placement[r] == place && start.Date(r) is { } from && data.BirthDate(child[r]) is { } birth && from < birth.AddYears(years))
            {
                failures.Add(episodes, r);
            }
        }
    }
}

/// <summary>A (temporary) placement type that may last at most so many days.</summary>
public abstract class PlacementMaximumDaysRule(string code, string message, string fields, string tables, string place, int days)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn placement = episodes["PLACE"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (placement[r] == place && start.Date(r) is { } from && end.Date(r) is { } to && to.DayNumber - from.DayNumber > days)
            {
                failures.Add(episodes, r);
            }
        }
    }
}

/// <summary>A reason an episode ceased that needs the child to be of an age on the day it ceased.</summary>
public abstract class CeasedAgeRule(string code, string message, string fields, string tables, string[] reasons, int years, bool flagAtOrOver)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn reason = episodes["REC"];
        ReturnColumn end = episodes["DEC"];
        ReturnColumn child = episodes.Child;
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (reason[r] is { } value && reasons.Contains(value) && end.Date(r) is { } ceased && data.BirthDate(child[r]) is { } birth
                && (ceased >= birth.AddYears(years)) == flagAtOrOver)
            {
                failures.Add(episodes, r);
            }
        }
    }
}

/// <summary>
/// A child's first episode this year must carry on last year's open episode: where last year's latest episode had not
/// ended, a field of this year's first episode must equal it.
/// </summary>
public abstract class CarriedOverFromLastYearRule(string code, string message, string fields, string tables, string column)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        ReturnColumn value = episodes[column];
        ReturnColumn lastValue = last[column];
        ReturnColumn lastEnd = last["DEC"];
        IReadOnlyDictionary<string, int> lastRows = last.LastRowByChildOrderedBy("DECOM");
        foreach ((string child, int first) in episodes.FirstRowByChildOrderedBy("DECOM"))
        {
            if (lastRows.TryGetValue(child, out int previous) && lastEnd.IsBlank(previous)
                && !string.Equals(value[first], lastValue[previous], StringComparison.Ordinal) && !Allowed(data, lastValue[previous], value[first]))
            {
                failures.Add(episodes, first);
            }
        }
    }

    /// <summary>A change the year's code lists force (a code withdrawn in favour of others).</summary>
    protected virtual bool Allowed(Ssda903Data data, string? lastYear, string? thisYear) => false;
}

/// <summary>A Header item that must agree with last year's Header for a child in both.</summary>
public abstract class SameAsLastYearRule(string code, string message, string fields, string tables, string column)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable header = data.Header;
        ReturnTable last = data.Last("Header");
        ReturnColumn value = header[column];
        ReturnColumn lastValue = last[column];
        IReadOnlyDictionary<string, int> lastRows = last.FirstRowByChild();
        ReturnColumn child = header.Child;
        for (int r = 0; r < header.RowCount; r++)
        {
            if (lastRows.TryGetValue(child[r] ?? "", out int previous) && Differs(value, r, lastValue, previous))
            {
                failures.Add(header, r);
            }
        }
    }

    protected virtual bool Differs(ReturnColumn now, int row, ReturnColumn before, int lastRow) =>
        !string.Equals(now[row], before[lastRow], StringComparison.Ordinal);
}

/// <summary>
/// A child's periods (missing, DoLO, decisions to place for adoption) must not overlap: in order, a period that starts
/// while the one before is still open (no end) or before it ended is flagged.
/// </summary>
public abstract class NoOverlapRule(string code, string message, string fields, string tables, string table, string startColumn, string endColumn, bool orderByEnd)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        DateOnly?[] starts = rows[startColumn].Dates;
        DateOnly?[] ends = rows[endColumn].Dates;
        foreach (List<int> childRows in rows.RowsByChild().Values)
        {
            if (childRows.Count < 2)
            {
                continue;
            }

            // Ordered as the DfE's tool orders them: by end (an open period by its start), then start; or by start alone.
            int[] ordered = orderByEnd
                ? [.. childRows.OrderBy(r => ends[r] ?? starts[r] ?? DateOnly.MaxValue).ThenBy(r => starts[r] ?? DateOnly.MaxValue).ThenBy(r => r)]
                : [.. childRows.OrderBy(r => starts[r] ?? DateOnly.MaxValue).ThenBy(r => r)];
            for (int i = 1; i < ordered.Length; i++)
            {
                int previous = ordered[i - 1];
                int current = ordered[i];
                if (ends[previous] is not { } previousEnd || starts[current] < previousEnd)
                {
                    failures.Add(rows, current);
                }
            }
        }
    }
}

/// <summary>
/// A period (missing, DoLO) must sit within one of the child's periods of care and end when care ends: flagged when,
/// for every period of care, it is open though care ended, open though it started before care, or ends after care
/// ended or before care started. A child without episodes is left to other rules.
/// </summary>
public abstract class WithinCareRule(string code, string message, string fields, string tables, string table, string startColumn, string endColumn)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable rows = data.Tables[table];
        ReturnColumn start = rows[startColumn];
        ReturnColumn end = rows[endColumn];
        IReadOnlyDictionary<string, List<(DateOnly Start, DateOnly? End)>> periods = data.PeriodsOfCare;
        for (int r = 0; r < rows.RowCount; r++)
        {
            if (start.Date(r) is not { } from || !periods.TryGetValue(rows.Child[r] ?? "", out List<(DateOnly Start, DateOnly? End)>? list) || list.Count == 0)
            {
                continue;
            }

            DateOnly? to = end.Date(r);
            bool outside(DateOnly careStart, DateOnly? careEnd) =>
                (to is null && careEnd is not null) || (to is null && from < careStart) || (to > careEnd) || (to < careStart);
            if (list.All(p => outside(p.Start, p.End)))
            {
                failures.Add(rows, r);
            }
        }
    }
}

/// <summary>
/// A reason for a new episode (RNE) says what changed since the child's previous episode (in DECOM order): the legal
/// status, the placement (PLACE, PL_POST, URN, PLACE_PROVIDER; a blank equals a blank), or both. An episode with one
/// of the reasons is flagged when what changed disagrees.
/// </summary>
public abstract class NewEpisodeReasonRule(string code, string message, string fields, string tables, string[] reasons, bool legalStatusChanges, bool placementChanges)
    : Ssda903Rule(code, message, fields, tables)
{
    private static readonly string[] PlacementColumns = ["PLACE", "PL_POST", "URN", "PLACE_PROVIDER"];

    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable episodes = data.Episodes;
        ReturnColumn reason = episodes["RNE"];
        ReturnColumn status = episodes["LS"];
        ReturnColumn[] placement = [.. PlacementColumns.Select(c => episodes[c])];
        int[] previous = episodes.PreviousByChild("DECOM");
        for (int r = 0; r < episodes.RowCount; r++)
        {
            int p = previous[r];
            if (p < 0 || reason[r] is not { } code || !reasons.Contains(code))
            {
                continue;
            }

            bool statusChanged = !string.Equals(status[r], status[p], StringComparison.Ordinal);
            bool placementChanged = placement.Any(c => !string.Equals(c[r], c[p], StringComparison.Ordinal));
            if (statusChanged != legalStatusChanges || placementChanged != placementChanges)
            {
                failures.Add(episodes, r);
            }
        }
    }
}

/// <summary>What the UASC rules 205A-C compare: one UASC row of this year's return and the child's row of last year's.</summary>
public readonly record struct UascYears(string? Status, string? LastStatus, ReturnColumn Ceased, int Row, ReturnColumn LastCeased, ReturnColumn LastBirth, int LastRow)
{
    public bool InLastYear => LastRow >= 0;
}

/// <summary>
/// A child's UASC status (Header's UASC item, or the UASC table's; see <see cref="Ssda903Data.UascStatus"/>) and date
/// UASC ceased (DUC) compared across this year's and last year's returns. Each UASC row is checked with the child's
/// first row of last year's UASC table; flagged: the UASC row, and the child's Header row where there is a Header.
/// </summary>
public abstract class UascAcrossYearsRule(string code, string message, string fields, string tables)
    : Ssda903Rule(code, message, fields, tables)
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable uasc = data.Uasc;
        ReturnTable last = data.Last("UASC");
        IReadOnlyDictionary<string, string?> status = data.UascStatus("");
        IReadOnlyDictionary<string, string?> lastStatus = data.UascStatus("_last");
        IReadOnlyDictionary<string, int> lastRows = last.FirstRowByChild();
        ReturnTable? header = data.Tables.Find("Header");
        IReadOnlyDictionary<string, int>? headerRows = header?.Find("CHILD") is null ? null : header.FirstRowByChild();
        ReturnColumn ceased = uasc["DUC"];
        ReturnColumn lastCeased = last["DUC"];
        ReturnColumn lastBirth = last["DOB"];
        for (int r = 0; r < uasc.RowCount; r++)
        {
            string child = uasc.Child[r] ?? "";
            int lastRow = lastRows.TryGetValue(child, out int found) ? found : -1;
            var years = new UascYears(status.GetValueOrDefault(child), lastRow >= 0 ? lastStatus.GetValueOrDefault(child) : null, ceased, r, lastCeased, lastBirth, lastRow);
            if (Flags(data, years))
            {
                failures.Add(uasc, r);
                if (headerRows is not null && headerRows.TryGetValue(child, out int h))
                {
                    failures.Add(header!, h);
                }
            }
        }
    }

    protected abstract bool Flags(Ssda903Data data, UascYears years);
}

/// <summary>
/// An episode's Ofsted URN checked against the provider information (<see cref="Ssda903Data.ProviderInfo"/>, given
/// with `--providers`): every episode with a URN other than the placeholder XXXXXXX is looked up by URN and
/// <see cref="Prepare"/>'s test decides from the provider's rows (none when the URN is not in the list; as the DfE's
/// tool joins them, a URN listed twice is flagged when either row flags). Not run without the provider information.
/// </summary>
public abstract class ProviderInfoRule(string code, string message, string fields, string tables)
    : Ssda903Rule(code, message, fields, tables)
{
    /// <summary>The URN written for a placement that has none.</summary>
    public const string NoUrn = "XXXXXXX";

    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable providers = data.ProviderInfo;
        IReadOnlyDictionary<string, int[]> byUrn = data.ProvidersByUrn;
        ReturnTable episodes = data.Episodes;
        ReturnColumn urn = episodes["URN"];
        Func<int, int[], bool> flags = Prepare(data, episodes, providers);
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (urn[r] is { } value && value != NoUrn && flags(r, byUrn.GetValueOrDefault(value) ?? []))
            {
                failures.Add(episodes, r);
            }
        }
    }

    /// <summary>Reads the columns the rule needs (an absent one stops the rule) and returns its test of (episode row, provider rows).</summary>
    protected abstract Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers);
}

/// <summary>
/// An episode's code (PLACE, PLACE_PROVIDER) must be one of the codes the provider information lists for its URN; an
/// unknown URN, a provider with no codes or a blank code is flagged.
/// </summary>
public abstract class ProviderCodesRule(string code, string message, string fields, string tables, string episodeColumn, string providerColumn)
    : ProviderInfoRule(code, message, fields, tables)
{
    protected override Func<int, int[], bool> Prepare(Ssda903Data data, ReturnTable episodes, ReturnTable providers)
    {
        ReturnColumn value = episodes[episodeColumn];
        IReadOnlyList<HashSet<string>> codes = data.ProviderCodes(providerColumn);
        return (r, rows) => rows.Length == 0 || value[r] is not { } given || rows.Any(p => !codes[p].Contains(given));
    }
}

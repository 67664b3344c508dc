namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule367() : Ssda903Rule("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.", "LS;DECOM;DEC", "Episodes")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child's V3 (short breaks) days within the collection year, each episode cut to the year (an open one runs
        // to its end); over 75 flags every V3 episode that counted.
        ReturnTable episodes = data.Episodes;
        ReturnColumn status = episodes["LS"];
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn end = episodes["DEC"];
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        var counted = new List<int>();
        for (int r = 0; r < episodes.RowCount; r++)
        {
            if (status[r] != "V3" || start.Date(r) is not { } from)
            {
                continue;
            }

            // An end that is not a date is left to the date rules.
            DateOnly? ended = end.Date(r);
            if (ended is null && !end.IsBlank(r))
            {
                continue;
            }

            DateOnly to = ended is { } date && date <= data.CollectionEnd ? date : data.CollectionEnd;
            DateOnly clipped = from < data.CollectionStart ? data.CollectionStart : from;
            int length = to.DayNumber - clipped.DayNumber;
            if (length > 0)
            {
                string child = episodes.Child[r] ?? "";
                days[child] = days.GetValueOrDefault(child) + length;
                counted.Add(r);
            }
        }

        failures.AddAll(episodes, counted.Where(r => days[episodes.Child[r] ?? ""] > 75));
    }
}

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule1001() : Ssda903Rule("1001", "The episodes recorded for this young person suggest they are not a relevant or a former relevant child and therefore should not have care leaver information completed. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]", "IN_TOUCH;ACTIV;ACCOM", "Episodes;OC3;Header;Episodes_last")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A care leaver is a relevant or former relevant child: looked after for at least 13 weeks (91 days) since the
        // 14th birthday, some of it (a day or more) after the 16th, and not adopted. Counted over this year's and last
        // year's episodes (one of each child and start; respite, V3/V4, left out), the child's latest episode running to
        // the end of the year when open. An OC3 row is flagged when the child falls short, when the child's latest episode
        // ended in adoption (E11, E12), or when the child's date of birth is not known. A child 20 or over at the end of
        // the year is not checked: the episodes that made them a care leaver predate the two returns.
        ReturnTable oc3 = data.Oc3;
        ReturnTable header = data.Header;
        ReturnTable now = data.Episodes;
        ReturnTable last = data.Last("Episodes");
        if (now.RowCount == 0 || last.RowCount == 0 || header.RowCount == 0)
        {
            return;
        }

        // One episode per child and start: the one with the earliest end (an open one last), this year's first on a tie.
        var episodes = new Dictionary<(string Child, DateOnly Start), (DateOnly? End, string? Status, string? Reason)>();
        foreach (ReturnTable table in new[] { now, last })
        {
            ReturnColumn start = table["DECOM"];
            ReturnColumn end = table["DEC"];
            ReturnColumn status = table["LS"];
            ReturnColumn reason = table["REC"];
            for (int r = 0; r < table.RowCount; r++)
            {
                if (start.Date(r) is not { } from)
                {
                    continue;
                }

                (string, DateOnly) key = (table.Child[r] ?? "", from);
                DateOnly? to = end.Date(r);
                if (!episodes.TryGetValue(key, out (DateOnly? End, string? Status, string? Reason) known) || (to is { } t && (known.End is null || t < known.End)))
                {
                    episodes[key] = (to, status[r], reason[r]);
                }
            }
        }

        Dictionary<string, (DateOnly Start, DateOnly? End, string? Status, string? Reason)[]> byChild = episodes
            .GroupBy(e => e.Key.Child, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Key.Start, e.Value.End, e.Value.Status, e.Value.Reason)).OrderBy(e => e.Start).ToArray(), StringComparer.Ordinal);
        IReadOnlyDictionary<string, DateOnly?> births = data.BirthDates;
        for (int r = 0; r < oc3.RowCount; r++)
        {
            string child = oc3.Child[r] ?? "";
            DateOnly? birth = births.GetValueOrDefault(child);
            if (birth is { } born && born.AddYears(20) <= data.CollectionEnd)
            {
                continue;
            }

            if (birth is not { } dob || !byChild.TryGetValue(child, out (DateOnly Start, DateOnly? End, string? Status, string? Reason)[]? list))
            {
                failures.Add(oc3, r);
                continue;
            }

            int after14 = 0;
            int after16 = 0;
            for (int i = 0; i < list.Length; i++)
            {
                (DateOnly from, DateOnly? to, string? status, _) = list[i];
                DateOnly? until = to ?? (i == list.Length - 1 ? data.CollectionEnd : null);
                if (status is "V3" or "V4" || until is not { } end)
                {
                    continue;
                }

                after14 += Math.Max(0, end.DayNumber - Max(from, dob.AddYears(14)).DayNumber);
                after16 += Math.Max(0, end.DayNumber - Max(from, dob.AddYears(16)).DayNumber);
            }

            bool adopted = list[^1].Reason is "E11" or "E12";
            if (adopted || after14 < 91 || after16 < 1)
            {
                failures.Add(oc3, r);
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}

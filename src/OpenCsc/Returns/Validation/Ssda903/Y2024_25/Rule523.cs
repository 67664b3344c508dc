namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule523() : Ssda903Rule("523", "Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).", "DATE_PLACED;DATE_INT", "PlacedAdoption;AD1")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable placed = data.PlacedAdoption;
        ReturnTable ad1 = data.Ad1;
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn shouldBe = ad1["DATE_INT"];
        IReadOnlyDictionary<string, List<int>> adoptions = ad1.RowsByChild();
        for (int p = 0; p < placed.RowCount; p++)
        {
            if (decided.Date(p) is not { } date || !adoptions.TryGetValue(placed.Child[p] ?? "", out List<int>? rows))
            {
                continue;
            }

            foreach (int a in rows.Where(a => shouldBe.Date(a) is { } other && other != date))
            {
                failures.Add(placed, p);
                failures.Add(ad1, a);
            }
        }
    }
}

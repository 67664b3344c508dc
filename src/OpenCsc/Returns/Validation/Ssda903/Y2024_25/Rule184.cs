namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule184() : Ssda903Rule("184", "Date of decision that a child should be placed for adoption is before the child was born.", "DATE_PLACED;DOB", "Header;PlacedAdoption")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable placed = data.PlacedAdoption;
        ReturnColumn decided = placed["DATE_PLACED"];
        ReturnColumn child = placed.Child;
        for (int r = 0; r < placed.RowCount; r++)
        {
            if (decided.Date(r) is { } date && data.BirthDate(child[r]) is { } birth && date < birth)
            {
                failures.Add(placed, r);
            }
        }
    }
}

namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule441() : Ssda903Rule("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.", "DOB;REVIEW;REVIEW_CODE", "Reviews")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        ReturnTable reviews = data.Reviews;
        ReturnColumn code = reviews["REVIEW_CODE"];
        ReturnColumn review = reviews["REVIEW"];
        ReturnColumn dob = reviews["DOB"];
        for (int r = 0; r < reviews.RowCount; r++)
        {
            if (code[r] is { } value && value != "PN0" && Ssda903Codes.ReviewCode.IsCode(value) && review.Date(r) is { } date && dob.Date(r) is { } birth
                && date < birth.AddYears(4))
            {
                failures.Add(reviews, r);
            }
        }
    }
}

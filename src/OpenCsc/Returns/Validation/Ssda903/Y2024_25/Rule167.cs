namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule167() : Ssda903Rule("167", "Data entry for participation is invalid or blank.", "REVIEW_CODE", "Reviews")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A review's participation code must be valid; a row without a review date is left to rule 166.
        ReturnTable reviews = data.Reviews;
        ReturnColumn review = reviews["REVIEW"];
        ReturnColumn code = reviews["REVIEW_CODE"];
        for (int r = 0; r < reviews.RowCount; r++)
        {
            if (code[r] is { } value ? !Ssda903Codes.ReviewCode.IsCode(value) : !review.IsBlank(r))
            {
                failures.Add(reviews, r);
            }
        }
    }
}

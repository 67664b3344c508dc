namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule399() : Ssda903Rule("399", "'Mother field, review field or participation field are completed but ' + 'child is looked after under legal status V3 or V4.'", "MOTHER;LS;REVIEW;REVIEW_CODE", "Episodes;Header;Reviews")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // A child only ever in respite (V3, V4): no mother status, reviews or participation.
        ReturnTable episodes = data.Episodes;
        ReturnTable header = data.Header;
        ReturnTable reviews = data.Reviews;
        ReturnColumn status = episodes["LS"];
        ReturnColumn mother = header["MOTHER"];
        ReturnColumn review = reviews["REVIEW"];
        ReturnColumn code = reviews["REVIEW_CODE"];
        IReadOnlyDictionary<string, int> headerRows = header.FirstRowByChild();
        IReadOnlyDictionary<string, List<int>> reviewRows = reviews.RowsByChild();
        foreach ((string child, List<int> rows) in episodes.RowsByChild())
        {
            if (!rows.All(r => status[r] is "V3" or "V4"))
            {
                continue;
            }

            bool hasMother = headerRows.TryGetValue(child, out int h) && !mother.IsBlank(h);
            List<int> childReviews = reviewRows.TryGetValue(child, out List<int>? found) ? found : [];
            bool hasReview = childReviews.Any(v => !review.IsBlank(v) || !code.IsBlank(v));
            if (hasMother || hasReview)
            {
                failures.AddAll(episodes, rows);
                if (headerRows.ContainsKey(child))
                {
                    failures.Add(header, h);
                }

                failures.AddAll(reviews, childReviews);
            }
        }
    }
}

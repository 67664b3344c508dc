namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 method of participation in a looked-after child's review (REVIEW_CODE). PN1-PN6 count as taking
/// part; PN0 is a child under 4; PN7 did not take part.
/// </summary>
public static class ParticipationCodes
{
    public static CodeList Codes { get; } = new("Participation in review",
    [
        new("PN0", "Child aged under 4 at the time of the review", CollectionYears.Always),
        new("PN1", "Child physically attends and speaks for themselves", CollectionYears.Always),
        new("PN2", "Child physically attends and an advocate speaks on their behalf", CollectionYears.Always),
        new("PN3", "Child attends and conveys their view symbolically (non-verbally)", CollectionYears.Always),
        new("PN4", "Child physically attends but does not speak for themselves, convey their view symbolically or ask an advocate to speak for them", CollectionYears.Always),
        new("PN5", "Child does not attend physically but briefs an advocate to speak for them", CollectionYears.Always),
        new("PN6", "Child does not attend but conveys their feelings to the review by a facilitative medium", CollectionYears.Always),
        new("PN7", "Child does not attend nor are their views conveyed to the review", CollectionYears.Always),
    ]);

    /// <summary>The child took part (PN1-PN6).</summary>
    public static bool TookPart(string? code) =>
        code is { Length: 3 } && code.StartsWith("PN", StringComparison.OrdinalIgnoreCase) && code[2] is >= '1' and <= '6';

    /// <summary>The codes of a child who took part (PN1-PN6).</summary>
    public static CodeList TakingPart { get; } = new("Took part in review", [.. Codes.All.Where(e => TookPart(e.Code))]);
}

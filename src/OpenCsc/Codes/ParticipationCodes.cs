namespace OpenCsc.Codes;

/// <summary>
/// SSDA903 method of participation in a looked-after child's review (REVIEW_CODE). PN1-PN6 count as taking
/// part; PN0 is a child under 4; PN7 did not take part.
/// </summary>
public static class ParticipationCodes
{
    public static CodeList Codes { get; } = new("Participation in review",
    [
        ("PN0", "Child aged under 4 at the time of the review"),
        ("PN1", "Child physically attends and speaks for themselves"),
        ("PN2", "Child physically attends and an advocate speaks on their behalf"),
        ("PN3", "Child attends and conveys their view symbolically (non-verbally)"),
        ("PN4", "Child physically attends but does not speak for themselves, convey their view symbolically or ask an advocate to speak for them"),
        ("PN5", "Child does not attend physically but briefs an advocate to speak for them"),
        ("PN6", "Child does not attend but conveys their feelings to the review by a facilitative medium"),
        ("PN7", "Child does not attend nor are their views conveyed to the review"),
    ]);

    /// <summary>The child took part (PN1-PN6).</summary>
    public static bool TookPart(string? code) =>
        code is { Length: 3 } && code.StartsWith("PN", StringComparison.OrdinalIgnoreCase) && code[2] is >= '1' and <= '6';
}

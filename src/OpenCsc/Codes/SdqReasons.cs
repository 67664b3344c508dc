namespace OpenCsc.Codes;

/// <summary>SSDA903 OC2 reason a strengths and difficulties questionnaire was not completed (SDQ_REASON).</summary>
public static class SdqReasons
{
    public static CodeList Codes { get; } = new("Reason no SDQ",
    [
        new("SDQ1", "No form returned: the child was under 4 or over 17 at the date of the latest assessment"),
        new("SDQ2", "Carer(s) refused to complete and return the questionnaire"),
        new("SDQ3", "Not possible to complete the questionnaire owing to the severity of the child's disability"),
        new("SDQ4", "Other"),
        new("SDQ5", "Child or young person refuses to allow an SDQ to be completed"),
    ]);
}

namespace OpenCsc.Recording;

/// <summary>
/// A form that created a record, by the token the form carried: a replay of the same form (a double click, the back
/// button, a resent request) finds it and lands on the result again instead of creating a second record. Saved in the
/// same transaction as the record (see <see cref="RecordingContext.SaveAsync{T}"/>); not audited itself, since the
/// record it created is. See docs/decisions/0031-bounded-uploads-and-idempotent-forms.md.
/// </summary>
public class FormSubmission
{
    /// <summary>The form's token: 32 hexadecimal digits, made when the form was shown.</summary>
    public string Token { get; set; } = "";

    /// <summary>Who sent it: a token is honoured for its sender only.</summary>
    public string UserName { get; set; } = "";

    /// <summary>UTC wall-clock time.</summary>
    public DateTime SubmittedAt { get; set; }

    /// <summary>The page the save led to.</summary>
    public string ResultUrl { get; set; } = "";

    /// <summary>The message that page showed.</summary>
    public string SavedMessage { get; set; } = "";
}

/// <summary>
/// The form a recording comes from: its token, and how the saved record's result reads (the page it leads to and its
/// message), stored with the token for a replay.
/// </summary>
public sealed record FormInstance(string Token, Func<object, FormOutcome> Outcome)
{
    public const int TokenLength = 32;

    /// <summary>A token as a form carries it: 32 hexadecimal digits (a GUID), nothing else.</summary>
    public static bool IsToken(string? value) =>
        value is { Length: TokenLength } && Guid.TryParseExact(value, "N", out _);
}

/// <summary>Where a saved form leads and what it says there.</summary>
public sealed record FormOutcome(string Url, string Message);

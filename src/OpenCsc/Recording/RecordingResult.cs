using OpenCsc.Data;

namespace OpenCsc.Recording;

/// <summary>How a recording ended.</summary>
public enum RecordingOutcome
{
    /// <summary>Saved: the result carries what was saved.</summary>
    Saved,

    /// <summary>Nothing saved: one or more values break a rule (<see cref="RecordingResult{T}.Problems"/>).</summary>
    Invalid,

    /// <summary>Nothing saved: someone else changed the record after the form was opened (<see cref="EditConflicts"/>).</summary>
    Conflict,

    /// <summary>Nothing saved or read: no such child or record (404).</summary>
    NotFound,

    /// <summary>Nothing saved or read: the child is outside the person's need-to-know, or the role does not record (403).</summary>
    Refused,
}

/// <summary>
/// The one result of every recording use case: the saved value, the field problems, a conflict (with the field the
/// conflict message stands against), or a refusal. Build one with <see cref="Recorded"/>.
/// </summary>
public sealed record RecordingResult<T>
{
    internal RecordingResult(RecordingOutcome outcome, T? value, IReadOnlyList<FieldProblem> problems)
    {
        Outcome = outcome;
        Value = value;
        Problems = problems;
    }

    public RecordingOutcome Outcome { get; }

    /// <summary>What was saved (only when <see cref="Outcome"/> is <see cref="RecordingOutcome.Saved"/>).</summary>
    public T? Value { get; }

    /// <summary>The problems: the invalid fields, or for a conflict one problem with <see cref="EditConflicts.Message"/>.</summary>
    public IReadOnlyList<FieldProblem> Problems { get; }

    public bool IsSaved => Outcome == RecordingOutcome.Saved;

    public static implicit operator RecordingResult<T>(RecordingFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(failure.Outcome, default, failure.Problems);
    }
}

/// <summary>A recording that saved nothing, whatever it would have returned; converts to any <see cref="RecordingResult{T}"/>.</summary>
public sealed record RecordingFailure(RecordingOutcome Outcome, IReadOnlyList<FieldProblem> Problems);

/// <summary>The ways a recording use case ends.</summary>
public static class Recorded
{
    public static RecordingResult<T> Saved<T>(T value) => new(RecordingOutcome.Saved, value, []);

    public static RecordingFailure Invalid(IReadOnlyList<FieldProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0
            ? throw new ArgumentException("An invalid recording names at least one problem.", nameof(problems))
            : new(RecordingOutcome.Invalid, problems);
    }

    public static RecordingFailure Invalid(string field, string message) => new(RecordingOutcome.Invalid, [new(field, message)]);

    /// <summary>Someone else saved first; the message stands against <paramref name="field"/> and the user keeps their entries.</summary>
    public static RecordingFailure Conflict(string field) => new(RecordingOutcome.Conflict, [new(field, EditConflicts.Message)]);

    public static RecordingFailure NotFound { get; } = new(RecordingOutcome.NotFound, []);

    public static RecordingFailure Refused { get; } = new(RecordingOutcome.Refused, []);
}

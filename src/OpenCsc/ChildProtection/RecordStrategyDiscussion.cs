using System.Globalization;
using OpenCsc.Data;
using OpenCsc.Recording;

namespace OpenCsc.ChildProtection;

/// <summary>
/// A strategy discussion to record: the child, the day, who took part, why police or health did not, the decision and
/// its rationale. The decision and rationale are asked for here, so that what is missing shows with the other rules.
/// </summary>
public sealed record RecordStrategyDiscussionCommand(
    long ChildId, DateOnly Date, bool CscTookPart, bool PoliceTookPart, bool HealthTookPart, bool EducationTookPart,
    string? OtherAgencies, string? AbsentReason, StrategyDecision? Decision, string? Rationale);

/// <summary>
/// Records a strategy discussion: the day, who took part (children's social care, police, health, education, others),
/// why when police or health did not (Working Together expects all three statutory agencies; the seed authority's
/// inspectors found discussions that did not record who took part), the decision and its rationale. It belongs to the
/// child in need episode open on that day; the person recording it chairs it.
/// </summary>
public static class RecordStrategyDiscussion
{
    public const string Csc = "csc";
    public const string Police = "police";
    public const string Health = "health";
    public const string Education = "education";
    public const int MaximumTextLength = 4000;

    public static async Task<RecordingResult<StrategyDiscussion>> RunAsync(AppDbContext db, RecordingContext context, RecordStrategyDiscussionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        if (await context.RefusalForChildAsync(db, command.ChildId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var problems = new FieldProblems();
        bool dateStands = problems.NotInFuture(command.Date, context.Today, nameof(command.Date), "the date of the strategy discussion");
        if (!command.CscTookPart)
        {
            problems.Add(nameof(command.CscTookPart), "Select children's social care: a strategy discussion is led by children's social care");
        }

        bool police = command.PoliceTookPart, health = command.HealthTookPart;
        if ((!police || !health) && command.AbsentReason is null)
        {
            string missing = !police && !health ? "police and health" : !police ? "police" : "health";
            problems.Add(nameof(command.AbsentReason), $"Enter why {missing} did not take part: Working Together expects children's social care, police and health");
        }

        if (command.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            problems.Add(nameof(command.Decision), "Select the decision");
        }

        if (command.Rationale is null)
        {
            problems.Add(nameof(command.Rationale), "Enter the rationale for the decision");
        }

        foreach ((string field, string? text) in new[] { (nameof(command.Rationale), command.Rationale), (nameof(command.AbsentReason), command.AbsentReason), (nameof(command.OtherAgencies), command.OtherAgencies) })
        {
            if (text?.Length > MaximumTextLength)
            {
                problems.Add(field, $"This must be {MaximumTextLength.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} characters or fewer");
            }
        }

        long? episode = null;
        if (dateStands)
        {
            episode = await PlanRules.EpisodeOpenOnAsync(db, command.ChildId, command.Date, cancellationToken);
            if (episode is null)
            {
                problems.Add(nameof(command.Date), "The child has no child in need episode open on that date: record the referral first");
            }
        }

        if (problems.Count > 0)
        {
            return problems.Invalid();
        }

        var discussion = new StrategyDiscussion
        {
            CinEpisodeId = episode!.Value,
            ChildId = command.ChildId,
            Date = command.Date,
            CscTookPart = true,
            PoliceTookPart = police,
            HealthTookPart = health,
            EducationTookPart = command.EducationTookPart,
            OtherAgencies = command.OtherAgencies,
            AbsentAgencyReason = police && health ? null : command.AbsentReason,
            Decision = command.Decision,
            Rationale = command.Rationale!,
            ChairedById = context.WorkerId,
        };
        db.StrategyDiscussions.Add(discussion);
        return await context.SaveAsync(db, discussion, nameof(command.Date), cancellationToken);
    }
}

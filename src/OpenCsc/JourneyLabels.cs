using OpenCsc.ChildInNeed;
using OpenCsc.ChildProtection;
using OpenCsc.FrontDoor;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc;

/// <summary>How the journey's enumerations read on a page.</summary>
public static class JourneyLabels
{
    public static string Of(Brag value) => value switch
    {
        Brag.Blue => "Blue",
        Brag.Red => "Red",
        Brag.Amber => "Amber",
        Brag.Green => "Green",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(ContactOutcome value) => value switch
    {
        ContactOutcome.NoFurtherAction => "No further action",
        ContactOutcome.EarlyHelp => "Early help",
        ContactOutcome.Referral => "Referral to children's social care",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(AssessmentOutcome value) => value switch
    {
        AssessmentOutcome.NoFurtherAction => "No further action",
        AssessmentOutcome.EarlyHelp => "Early help",
        AssessmentOutcome.ChildInNeedPlan => "Child in need plan",
        AssessmentOutcome.StrategyDiscussion => "Strategy discussion",
        AssessmentOutcome.LookedAfter => "Looked after",
        AssessmentOutcome.OtherServices => "Other services",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(StrategyDecision value) => value switch
    {
        StrategyDecision.Section47Enquiry => "Section 47 enquiry",
        StrategyDecision.NoSection47ChildInNeed => "No section 47 enquiry: child in need",
        StrategyDecision.NoFurtherAction => "No further action",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(Section47Outcome value) => value switch
    {
        Section47Outcome.ChildProtectionPlan => "Child protection plan",
        Section47Outcome.ChildInNeedPlan => "Child in need plan",
        Section47Outcome.NoFurtherAction => "No further action",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(VisitKind value) => value switch
    {
        VisitKind.ChildInNeed => "Child in need visit",
        VisitKind.ChildProtection => "Child protection visit",
        VisitKind.LookedAfter => "Looked-after child visit",
        VisitKind.CareLeaver => "Care leaver contact",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(HealthAssessmentKind value) => value switch
    {
        HealthAssessmentKind.Initial => "Initial health assessment",
        HealthAssessmentKind.Review => "Review health assessment",
        HealthAssessmentKind.Dental => "Dental check",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(MissingKind value) => value switch
    {
        MissingKind.Missing => "Missing",
        MissingKind.Absent => "Absent",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(LegalOrderKind value) => value switch
    {
        LegalOrderKind.EmergencyProtectionOrder => "Emergency protection order",
        LegalOrderKind.PolicePowersOfProtection => "Police powers of protection",
        LegalOrderKind.InterimCareOrder => "Interim care order",
        LegalOrderKind.CareOrder => "Care order",
        LegalOrderKind.SupervisionOrder => "Supervision order",
        LegalOrderKind.PlacementOrder => "Placement order",
        LegalOrderKind.SpecialGuardianshipOrder => "Special guardianship order",
        LegalOrderKind.ChildArrangementsOrder => "Child arrangements order",
        LegalOrderKind.AdoptionOrder => "Adoption order",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Of(WorkerRole value) => value switch
    {
        WorkerRole.SocialWorker => "Social worker",
        WorkerRole.SeniorPractitioner => "Senior practitioner",
        WorkerRole.PersonalAdviser => "Personal adviser",
        WorkerRole.FamilySupportWorker => "Family support worker",
        WorkerRole.MashWorker => "MASH worker",
        WorkerRole.TeamManager => "Team manager",
        WorkerRole.HeadOfService => "Head of service",
        WorkerRole.IndependentReviewingOfficer => "Independent reviewing officer",
        WorkerRole.ChildProtectionChair => "Child protection chair",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}

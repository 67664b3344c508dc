using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenCsc.Data;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Data;

/// <summary>
/// The model can hold everything the CIN census, the SSDA903 return and Ofsted's Annex A carry: every field of
/// every year's specification in the shared folder is mapped to a stored property, or says how it is derived.
/// </summary>
public sealed partial class StatutoryFieldCoverageTests
{
    private static readonly Dictionary<string, string> Ssda903 = new(StringComparer.Ordinal)
    {
        ["*.CHILD"] = "Child.LaChildId",
        ["*.DOB"] = "Child.DateOfBirth",
        ["header.SEX"] = "Child.Sex",
        ["header.ETHNIC"] = "Child.Ethnicity",
        ["header.UPN"] = "Child.Upn",
        ["header.MOTHER"] = "Child.IsMother",
        ["header.MC_DOB"] = "Child.MothersChildDateOfBirth",
        ["episodes.DECOM"] = "CareEpisode.StartDate",
        ["episodes.RNE"] = "CareEpisode.ReasonForNewEpisode",
        ["episodes.LS"] = "CareEpisode.LegalStatus",
        ["episodes.CIN"] = "CareEpisode.CategoryOfNeed",
        ["episodes.PLACE"] = "CareEpisode.PlacementType",
        ["episodes.PLACE_PROVIDER"] = "CareEpisode.PlacementProvider",
        ["episodes.DEC"] = "CareEpisode.EndDate",
        ["episodes.REC"] = "CareEpisode.ReasonEpisodeCeased",
        ["episodes.REASON_PLACE_CHANGE"] = "CareEpisode.ReasonForPlacementChange",
        ["episodes.HOME_POST"] = "CareEpisode.HomePostcode",
        ["episodes.PL_POST"] = "CareEpisode.PlacementPostcode",
        ["episodes.URN"] = "CareEpisode.PlacementUrn",
        ["reviews.REVIEW"] = "LacReview.Date",
        ["reviews.REVIEW_CODE"] = "LacReview.ParticipationCode",
        ["uasc.SEX"] = "Child.Sex",
        ["uasc.DUC"] = "Child.UascCeasedDate",
        ["oc2.SDQ_SCORE"] = "AnnualHealthOutcomes.SdqScore",
        ["oc2.SDQ_REASON"] = "AnnualHealthOutcomes.SdqReason",
        ["oc2.CONVICTED"] = "AnnualHealthOutcomes.Convicted",
        ["oc2.HEALTH_CHECK"] = "AnnualHealthOutcomes.HealthCheck",
        ["oc2.IMMUNISATIONS"] = "AnnualHealthOutcomes.Immunisations",
        ["oc2.TEETH_CHECK"] = "AnnualHealthOutcomes.TeethCheck",
        ["oc2.HEALTH_ASSESSMENT"] = "AnnualHealthOutcomes.HealthAssessment",
        ["oc2.SUBSTANCE_MISUSE"] = "AnnualHealthOutcomes.SubstanceMisuse",
        ["oc2.INTERVENTION_RECEIVED"] = "AnnualHealthOutcomes.InterventionReceived",
        ["oc2.INTERVENTION_OFFERED"] = "AnnualHealthOutcomes.InterventionOffered",
        ["oc3.IN_TOUCH"] = "CareLeaverStatus.InTouch",
        ["oc3.ACTIV"] = "CareLeaverStatus.Activity",
        ["oc3.ACCOM"] = "CareLeaverStatus.Accommodation",
        ["ad1.DATE_INT"] = "Adoption.DateShouldBePlaced",
        ["ad1.DATE_MATCH"] = "Adoption.DateMatched",
        ["ad1.FOSTER_CARE"] = "Adoption.AdoptedByFosterCarer",
        ["ad1.NB_ADOPTR"] = "Adoption.NumberOfAdopters",
        ["ad1.SEX_ADOPTR"] = "Adoption.SexOfAdopters",
        ["ad1.LS_ADOPTR"] = "Adoption.LegalStatusOfAdopters",
        ["placed_adoption.DATE_PLACED"] = "AdoptionDecision.DecisionDate",
        ["placed_adoption.DATE_PLACED_CEASED"] = "AdoptionDecision.DecisionCeasedDate",
        ["placed_adoption.REASON_PLACED_CEASED"] = "AdoptionDecision.ReasonCeased",
        ["prev_perm.PREV_PERM"] = "PreviousPermanence.PreviousPermanenceCode",
        ["prev_perm.LA_PERM"] = "PreviousPermanence.LocalAuthority",
        ["prev_perm.DATE_PERM"] = "PreviousPermanence.DateOfPermanence",
        ["missing.MISSING"] = "MissingEpisode.Kind",
        ["missing.MIS_START"] = "MissingEpisode.StartDate",
        ["missing.MIS_END"] = "MissingEpisode.EndDate",
        ["social_worker.SW_ID"] = "SocialWorkerEpisode.SocialWorkerId",
        ["social_worker.SW_DECOM"] = "SocialWorkerEpisode.StartDate",
        ["social_worker.SW_DEC"] = "SocialWorkerEpisode.EndDate",
        ["social_worker.SW_REASON"] = "SocialWorkerEpisode.ReasonForChange",
    };

    private static readonly Dictionary<string, string> CinCensus = new(StringComparer.Ordinal)
    {
        ["LAchildID"] = "Child.LaChildId",
        ["UPN"] = "Child.Upn",
        ["FormerUPN"] = "Child.FormerUpn",
        ["UPNunknown"] = "Child.UpnUnknownReason",
        ["PersonBirthDate"] = "Child.DateOfBirth",
        ["ExpectedPersonBirthDate"] = "Child.ExpectedDateOfBirth",
        ["Sex"] = "Child.Sex",
        ["GenderCurrent"] = "Child.Gender",
        ["PersonDeathDate"] = "Child.DateOfDeath",
        ["Ethnicity"] = "Child.Ethnicity",
        ["Disability"] = "ChildDisability.Code",
        ["CINreferralDate"] = "CinEpisode.ReferralDate",
        ["ReferralSource"] = "CinEpisode.ReferralSource",
        ["PrimaryNeedCode"] = "CinEpisode.PrimaryNeedCode",
        ["CINclosureDate"] = "CinEpisode.ClosureDate",
        ["ReasonForClosure"] = "CinEpisode.ReasonForClosure",
        ["ReferralNFA"] = "CinEpisode.ReferralNfa",
        ["DateOfInitialCPC"] = "Section47Enquiry.DateOfInitialCpc",
        ["AssessmentActualStartDate"] = "Assessment.StartDate",
        ["AssessmentInternalReviewDate"] = "Assessment.InternalReviewDate",
        ["AssessmentAuthorisationDate"] = "Assessment.AuthorisationDate",
        ["AssessmentFactors"] = "AssessmentFactor.Code",
        ["CINPlanStartDate"] = "CinPlan.StartDate",
        ["CINPlanEndDate"] = "CinPlan.EndDate",
        ["S47ActualStartDate"] = "Section47Enquiry.StartDate",
        ["InitialCPCtarget"] = "Section47Enquiry.InitialCpcTarget",
        ["ICPCnotRequired"] = "Section47Enquiry.IcpcNotRequired",
        ["CPPstartDate"] = "ChildProtectionPlan.StartDate",
        ["CPPendDate"] = "ChildProtectionPlan.EndDate",
        ["InitialCategoryOfAbuse"] = "ChildProtectionPlan.InitialCategory",
        ["LatestCategoryOfAbuse"] = "ChildProtectionPlan.LatestCategory",
        ["NumberOfPreviousCPP"] = "ChildProtectionPlan.NumberOfPreviousPlans",
        ["CPPreviewDate"] = "CpReviewConference.Date",
        ["LEA"] = "Authority.LaCode",
        // The message envelope: written on export, not data about children.
        ["Message"] = "envelope",
        ["Header"] = "envelope",
        ["CollectionDetails"] = "envelope",
        ["Collection"] = "envelope",
        ["Year"] = "envelope",
        ["ReferenceDate"] = "envelope",
        ["Source"] = "envelope",
        ["SourceLevel"] = "envelope",
        ["SoftwareCode"] = "envelope",
        ["Release"] = "envelope",
        ["SerialNo"] = "envelope",
        ["DateTime"] = "envelope",
        ["Children"] = "envelope",
        ["Child"] = "envelope",
        ["ChildIdentifiers"] = "envelope",
        ["ChildCharacteristics"] = "envelope",
        ["Disabilities"] = "envelope",
        ["CINdetails"] = "envelope",
        ["Assessments"] = "envelope",
        ["FactorsIdentifiedAtAssessment"] = "envelope",
        ["CINPlanDates"] = "envelope",
        ["Section47"] = "envelope",
        ["ChildProtectionPlans"] = "envelope",
        ["Reviews"] = "envelope",
    };

    private static readonly Dictionary<string, string> AnnexA = new(StringComparer.Ordinal)
    {
        ["Child Unique ID"] = "Child.LaChildId",
        ["Gender"] = "Child.Sex",
        ["Ethnicity"] = "Child.Ethnicity",
        ["Date of Birth"] = "Child.DateOfBirth",
        ["Age of Child (Years)"] = "derived: from Child.DateOfBirth at the as-of date",
        ["Date of Contact"] = "Contact.ReceivedAt",
        ["Contact Source"] = "Contact.Source",
        ["Assessment start date"] = "EarlyHelpEpisode.StartDate",
        ["Assessment completion date"] = "EarlyHelpEpisode.AssessmentCompletionDate",
        ["Organisation completing assessment"] = "EarlyHelpEpisode.LeadAgency",
        ["Date of referral"] = "CinEpisode.ReferralDate",
        ["Referral Source"] = "CinEpisode.ReferralSource",
        ["Referral NFA?"] = "CinEpisode.ReferralNfa",
        ["Number of Referrals in Last 12 Months"] = "derived: count of CinEpisode.ReferralDate",
        ["Allocated Team"] = "Allocation.TeamId",
        ["Allocated Worker"] = "Allocation.WorkerId",
        ["Does the Child have a Disability"] = "ChildDisability.Code",
        ["Disability"] = "ProspectiveAdopter.HasDisability",
        ["Continuous Assessment Start Date"] = "Assessment.StartDate",
        ["Child Seen During Continuous Assessment"] = "Assessment.ChildSeenDate",
        ["Continuous Assessment Date of Authorisation"] = "Assessment.AuthorisationDate",
        ["Was the child assessed as requiring LA children's social care support?"] = "Assessment.Outcome",
        ["Strategy discussion initiating Section 47 Enquiry Start Date"] = "Section47Enquiry.StartDate",
        ["Was an Initial Child Protection Conference deemed unnecessary?"] = "Section47Enquiry.IcpcNotRequired",
        ["Date of Initial Child Protection Conference"] = "Section47Enquiry.DateOfInitialCpc",
        ["Did the Initial Child Protection Conference Result in a Child Protection Plan"] = "Section47Enquiry.Outcome",
        ["Number of Section 47 Enquiries in the last 12 months"] = "derived: count of Section47Enquiry.StartDate",
        ["Number of ICPCs in the last 12 months"] = "derived: count of Section47Enquiry.DateOfInitialCpc",
        ["CIN Start Date"] = "CinEpisode.ReferralDate",
        ["Primary Need Code"] = "CinEpisode.PrimaryNeedCode",
        ["Date Child Was Last Seen"] = "Visit.VisitDate",
        ["CIN Closure Date"] = "CinEpisode.ClosureDate",
        ["Reason for Closure"] = "CinEpisode.ReasonForClosure",
        ["Case Status"] = "derived: open CIN / CP plan / looked after from the plans and periods of care",
        ["Child Protection Plan Start Date"] = "ChildProtectionPlan.StartDate",
        ["Initial Category of Abuse"] = "ChildProtectionPlan.InitialCategory",
        ["Latest Category of Abuse"] = "ChildProtectionPlan.LatestCategory",
        ["Date of the Last Statutory Visit"] = "Visit.VisitDate",
        ["Was the Child Seen Alone?"] = "Visit.SeenAlone",
        ["Date of latest review conference"] = "CpReviewConference.Date",
        ["Child Protection Plan End Date"] = "ChildProtectionPlan.EndDate",
        ["Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)"] = "LegalOrder.Kind",
        ["Number of Previous Child Protection Plans"] = "ChildProtectionPlan.NumberOfPreviousPlans",
        ["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"] = "Child.IsUasc",
        ["Date Started to be Looked After"] = "PeriodOfCare.StartDate",
        ["Child's Category of Need"] = "CareEpisode.CategoryOfNeed",
        ["Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)"] = "derived: earlier PeriodOfCare.EndDate",
        ["Start date of current legal status"] = "derived: first CareEpisode.StartDate of the current CareEpisode.LegalStatus",
        ["Child's Legal Status"] = "CareEpisode.LegalStatus",
        ["Date of Latest Statutory Review"] = "LacReview.Date",
        ["Date of Last Social Work Visit"] = "Visit.VisitDate",
        ["What is the permanence plan for this child?"] = "PeriodOfCare.PermanencePlan",
        ["Date of Last IRO Visit / Contact to the Child"] = "IroAllocation.LastContactDate",
        ["Date of Last Health Assessment"] = "HealthAssessment.Date",
        ["Date of Last Dental Check"] = "HealthAssessment.Date",
        ["Number of Placements in the Last 12 months"] = "derived: CareEpisode rows whose ReasonForNewEpisode changes the placement",
        ["Date Ceased to be Looked After"] = "PeriodOfCare.EndDate",
        ["Reason Ceased to be Looked After"] = "CareEpisode.ReasonEpisodeCeased",
        ["Start Date of Most Recent Placement"] = "derived: CareEpisode.StartDate of the latest placement change",
        ["Placement Type"] = "CareEpisode.PlacementType",
        ["Placement Provider"] = "CareEpisode.PlacementProvider",
        ["Placement postcode"] = "CareEpisode.PlacementPostcode",
        ["URN of Placement"] = "CareEpisode.PlacementUrn",
        ["Placement Location"] = "derived: inside or outside the authority from CareEpisode.PlacementLocalAuthority",
        ["LA of Placement"] = "CareEpisode.PlacementLocalAuthority",
        ["Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months"] = "MissingEpisode.Kind",
        ["Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months"] = "MissingEpisode.Kind",
        ["Was the child offered a Return Interview after their last missing episode (Y/N)?"] = "MissingEpisode.RhiOfferedAt",
        ["Did the child accept a Return Interview after their last missing episode (Y/N)?"] = "MissingEpisode.RhiAccepted",
        ["Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"] = "Child.IsUasc",
        ["Allocated Personal Advisor"] = "CareLeaver.PersonalAdviserId",
        ["Eligibility Category"] = "CareLeaver.Eligibility",
        ["Latest Pathway Plan Review Date"] = "CareLeaver.LatestPathwayPlanReviewDate",
        ["LA in Touch"] = "CareLeaverStatus.InTouch",
        ["Latest Date of Contact"] = "CareLeaverStatus.LatestContactDate",
        ["Type of Accommodation"] = "CareLeaverStatus.Accommodation",
        ["Suitability of Accommodation"] = "CareLeaverStatus.AccommodationSuitable",
        ["Activity Status"] = "CareLeaverStatus.Activity",
        ["Family identifier"] = "Adoption.FamilyIdentifier",
        ["Date the Child Entered Care"] = "PeriodOfCare.StartDate",
        ["Date of Decision that Child Should be Placed for Adoption"] = "AdoptionDecision.DecisionDate",
        ["Date of Placement Order"] = "LegalOrder.DateMade",
        ["Date of Matching Child and Prospective Adopters"] = "Adoption.DateMatched",
        ["Date Placed for Adoption"] = "Adoption.DatePlaced",
        ["Date of Adoption Order"] = "Adoption.AdoptionOrderDate",
        ["Date of Decision that Child Should No Longer be Placed for Adoption"] = "AdoptionDecision.DecisionCeasedDate",
        ["Reason Why Child No Longer Placed for Adoption"] = "AdoptionDecision.ReasonCeased",
        ["Date the child was placed for fostering in FFA or concurrent planning placement"] = "Adoption.FosteringForAdoptionDate",
        ["Individual adopter identifier"] = "ProspectiveAdopter.AdopterIdentifier",
        ["Is the (prospective) adopter fostering for adoption?"] = "ProspectiveAdopter.FosteringForAdoption",
        ["Date enquiry received"] = "ProspectiveAdopter.EnquiryDate",
        ["Date Stage 1 started"] = "ProspectiveAdopter.Stage1StartDate",
        ["Date Stage 1 ended"] = "ProspectiveAdopter.Stage1EndDate",
        ["Date Stage 2 started"] = "ProspectiveAdopter.Stage2StartDate",
        ["Date Stage 2 ended"] = "ProspectiveAdopter.Stage2EndDate",
        ["Date application submitted"] = "ProspectiveAdopter.ApplicationSubmittedDate",
        ["Date application approved"] = "ProspectiveAdopter.ApprovedDate",
        ["Date adopter matched with child(ren)"] = "ProspectiveAdopter.MatchedDate",
        ["Date child/children placed with adopter(s)"] = "ProspectiveAdopter.PlacedDate",
        ["No. of children placed"] = "ProspectiveAdopter.ChildrenPlaced",
        ["Date of leaving adoption process"] = "ProspectiveAdopter.LeftProcessDate",
        ["Reason for leaving adoption process"] = "ProspectiveAdopter.LeftProcessReason",
    };

    [Fact]
    public void EverySsda903Column_OfEveryYear_IsHeldByTheModel()
    {
        string folder = Path.GetDirectoryName(SharedFolder.Require("formats/ssda903/SSDA903_schema_2017.yml"))!;
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, "SSDA903_schema_*.yml"))
        {
            string? table = null;
            foreach (string line in File.ReadLines(file))
            {
                Match tableLine = Regex.Match(line, @"^    ([a-z_0-9]+):\s*$");
                Match addedTable = Regex.Match(line, @"^column_map\.([a-z_0-9]+):\s*$");
                Match column = Regex.Match(line, @"^( {6}| {4})([A-Z][A-Z_0-9]*):\s*$");
                if (addedTable.Success)
                {
                    table = addedTable.Groups[1].Value;
                }
                else if (tableLine.Success && file.EndsWith("2017.yml", StringComparison.Ordinal))
                {
                    table = tableLine.Groups[1].Value;
                }
                else if (column.Success && table is not null)
                {
                    columns.Add($"{table}.{column.Groups[2].Value}");
                }
            }
        }

        Assert.True(columns.Count > 60, $"Read only {columns.Count} SSDA903 columns: has the schema layout changed?");
        AssertAllHeld(columns, c => Ssda903.TryGetValue(c, out string? p) ? p : Ssda903.GetValueOrDefault("*." + c.Split('.')[1]));
    }

    [Fact]
    public void EveryCinCensusElement_OfEveryYear_IsHeldByTheModel()
    {
        string folder = Path.GetDirectoryName(SharedFolder.Require("formats/cin/CIN_schema_2026.xsd"))!;
        var elements = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, "CIN_schema_*.xsd"))
        {
            var document = new XmlDocument { XmlResolver = null };
            using (XmlReader reader = XmlReader.Create(file, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            {
                document.Load(reader);
            }

            var namespaces = new XmlNamespaceManager(document.NameTable);
            namespaces.AddNamespace("xs", "http://www.w3.org/2001/XMLSchema");
            foreach (XmlElement element in document.SelectNodes("//xs:element[@name]", namespaces)!.Cast<XmlElement>())
            {
                elements.Add(element.GetAttribute("name"));
            }
        }

        Assert.Contains("GenderCurrent", elements);
        Assert.Contains("Sex", elements);
        AssertAllHeld(elements, e => CinCensus.GetValueOrDefault(e));
    }

    [Fact]
    public void EveryAnnexAColumn_IsHeldOrDerivedFromTheModel()
    {
        string file = SharedFolder.Require("formats/annex-a/Annex_A_schema.yml");
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(file))
        {
            Match column = Regex.Match(line, @"^ {8}(?:""([^""]+)""|([^ \s""][^:]*[^ :])):(?:\s*[&*][a-z-]+)?\s*$");
            if (column.Success)
            {
                columns.Add(column.Groups[1].Success ? column.Groups[1].Value : column.Groups[2].Value);
            }
        }

        Assert.True(columns.Count > 90, $"Read only {columns.Count} Annex A columns: has the schema layout changed?");
        AssertAllHeld(columns, c => AnnexA.GetValueOrDefault(c));
    }

    private static void AssertAllHeld(IEnumerable<string> fields, Func<string, string?> mapping)
    {
        using AppDbContext db = AppDatabase.CreateContext(DatabaseSettings.ForSqliteFile(":memory:"));
        var missing = new List<string>();
        foreach (string field in fields)
        {
            string? target = mapping(field);
            if (target is null)
            {
                missing.Add($"{field}: not mapped");
                continue;
            }

            if (target == "envelope")
            {
                continue;
            }

            string property = target.StartsWith("derived: ", StringComparison.Ordinal)
                ? PropertyReference().Match(target).Value
                : target;
            if (property.Length == 0 && target.StartsWith("derived: ", StringComparison.Ordinal))
            {
                continue;
            }

            string[] parts = property.Split('.');
            IEntityType? entity = db.Model.GetEntityTypes().SingleOrDefault(e => e.ClrType.Name == parts[0]);
            if (entity?.FindProperty(parts[1]) is null && entity?.FindNavigation(parts[1]) is null)
            {
                missing.Add($"{field}: {property} is not a stored property");
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [GeneratedRegex(@"[A-Z][A-Za-z0-9]+\.[A-Z][A-Za-z0-9]+")]
    private static partial Regex PropertyReference();
}

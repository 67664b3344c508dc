using OpenCsc.Codes;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The summary-list rows of a child's page.</summary>
public static class ChildDisplay
{
    public static SummaryListModel Details(ChildDetails child, DateOnly today)
    {
        var rows = new List<SummaryListRow>
        {
            new("LA child ID", child.LaChildId, "child-la-id"),
            new("Name", $"{child.FirstName} {child.LastName}", "child-name"),
        };

        if (child.DateOfBirth is { } dob)
        {
            string age = child.DateOfDeath is null ? $" (age {Formatting.AgeInYears(dob, today).ToString(Formatting.EnGb)})" : "";
            rows.Add(new("Date of birth", Formatting.Date(dob) + age));
        }
        else if (child.ExpectedDateOfBirth is { } due)
        {
            rows.Add(new("Expected date of birth", $"{Formatting.Date(due)} (unborn)"));
        }
        else
        {
            rows.Add(new("Date of birth", Formatting.NotRecorded));
        }

        if (child.DateOfDeath is { } died)
        {
            rows.Add(new("Date of death", Formatting.Date(died)));
        }

        rows.Add(new("Sex", Sexes.Codes.Describe(child.Sex)));
        rows.Add(new("Ethnicity", Ethnicities.Codes.Describe(child.Ethnicity)));
        rows.Add(new("UPN", child.Upn ?? (child.UpnUnknownReason is { } reason ? $"Not known ({reason})" : Formatting.NotRecorded)));
        rows.Add(new("NHS number", NhsNumber(child.NhsNumber)));
        rows.Add(new("Disabilities", child.Disabilities.Count == 0
            ? "None recorded"
            : string.Join(", ", child.Disabilities.Select(Disabilities.Codes.Describe))));
        rows.Add(new("Unaccompanied asylum-seeking child", child.IsUasc
            ? "Yes"
            : child.UascCeasedDate is { } ceased ? $"No longer, since {Formatting.Date(ceased)}" : "No"));
        return new SummaryListModel(rows);
    }

    public static SummaryListModel CaseHolder(CaseHolder? holder)
    {
        if (holder is null)
        {
            return new SummaryListModel([new("Team", "Not allocated to a team", "case-team")]);
        }

        return new SummaryListModel(
        [
            new("Team", holder.Team, "case-team"),
            new("Worker", holder.Worker is null
                ? "Unallocated (held by the team)"
                : holder.Role is { } role ? $"{holder.Worker}, {JourneyLabels.Of(role).ToLowerInvariant()}" : holder.Worker, "case-worker"),
            new("Since", Formatting.Date(holder.Since)),
        ]);
    }

    /// <summary>NHS numbers read in groups of 3, 3 and 4 digits.</summary>
    public static string NhsNumber(string? value) =>
        value is { Length: 10 } && value.All(char.IsAsciiDigit) ? $"{value[..3]} {value[3..6]} {value[6..]}" : Formatting.OrNotRecorded(value);
}

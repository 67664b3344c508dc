using OpenCsc.ChildInNeed;
using OpenCsc.Children;
using OpenCsc.Data;
using OpenCsc.Workforce;

namespace OpenCsc.FrontDoor;

/// <summary>
/// A contact at the front door (MASH): someone raising a concern about a child. The MASH rates it
/// (BRAG, first and final) and decides within one working day: no further action, early help or referral.
/// </summary>
public class Contact : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>Source, coded as the CIN census referral source (1A police ... 10 other).</summary>
    public string Source { get; set; } = "";

    /// <summary>What the person who made the contact is worried about, as the MASH recorded it (null for imported contacts).</summary>
    public string? Concern { get; set; }

    /// <summary>The MASH worker who recorded the contact, where it was recorded here.</summary>
    public long? RecordedById { get; set; }

    public Worker? RecordedBy { get; set; }

    public Brag? BragFirst { get; set; }

    public Brag? BragFinal { get; set; }

    public DateTime? DecisionAt { get; set; }

    public ContactOutcome? Outcome { get; set; }

    public long? DecidedById { get; set; }

    public Worker? DecidedBy { get; set; }

    public string? DecisionRationale { get; set; }

    /// <summary>The CIN episode the referral opened, when the outcome is a referral.</summary>
    public long? CinEpisodeId { get; set; }

    public CinEpisode? CinEpisode { get; set; }
}

/// <summary>The MASH rating of risk: Blue, Red, Amber, Green.</summary>
public enum Brag
{
    Blue,
    Red,
    Amber,
    Green,
}

public enum ContactOutcome
{
    NoFurtherAction,
    EarlyHelp,
    Referral,
}

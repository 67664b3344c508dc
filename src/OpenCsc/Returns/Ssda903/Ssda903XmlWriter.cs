using System.Globalization;
using System.Text;
using System.Xml;

namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// Writes the EXPSSDA903 XML in CLA.xsd's element order, child by child. Values are written as given except
/// SEX, converted to the year's coding. CLA.xsd (version 3.3.0, 2021) predates the SWEpisodes table, so social
/// worker episodes are not written; it also allows only two characters for PL, so the three-character PLACE codes
/// of 2025/26 (Z11-Z14) make a file that does not validate against it. A child with no Header row gets a HEADER
/// with blank SEX and ETHNIC, which does not validate either: export children with their Header.
/// </summary>
public sealed class Ssda903XmlWriter : IDisposable
{
    private readonly XmlWriter _xml;
    private readonly CollectionYear _year;
    private bool _completed;

    public Ssda903XmlWriter(Stream output, CollectionYear year)
    {
        _year = year;
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = false,
            CloseOutput = false,
        });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("EXPSSDA903");
    }

    public int ChildrenWritten { get; private set; }

    public static void Write(string path, Ssda903Return data, CollectionYear year)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
        Write(stream, data, year);
    }

    public static void Write(Stream output, Ssda903Return data, CollectionYear year)
    {
        var children = data.ByChild();
        using var writer = new Ssda903XmlWriter(output, year);
        foreach (var child in children)
        {
            // A child known only from social worker episodes has nothing CLA.xsd can hold.
            if (child.Records().Any(r => r is not Ssda903SwEpisode))
            {
                writer.Write(child);
            }
        }

        writer.Complete();
    }

    public void Write(Ssda903Child child)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        var header = child.Header;
        _xml.WriteStartElement("CHILD");
        _xml.WriteStartElement("HEADER");
        _xml.WriteElementString("CHILDID", child.Child);
        _xml.WriteElementString("UPN", header?.Upn ?? "");
        _xml.WriteElementString("SEX", SexCodes.ForYear(header?.Sex ?? child.Uasc?.Sex ?? "", _year));
        _xml.WriteElementString("DOB", DateText(header?.Dob ?? FirstDob(child)));
        _xml.WriteElementString("ETHNIC", header?.Ethnic ?? "");
        _xml.WriteElementString("UASC", child.Uasc is null ? "" : "1");
        Optional("DUC", child.Uasc?.Duc);
        if (child.Ad1 is { } ad1)
        {
            Optional("DATE_INT", ad1.DateInt);
            Optional("DATE_MATCH", ad1.DateMatch);
            Optional("FOSTER_CARE", ad1.FosterCare);
            Optional("NB_ADOPTR", ad1.NbAdoptr?.ToString(CultureInfo.InvariantCulture));
            Optional("SEX_ADOPTR", ad1.SexAdoptr);
            Optional("LS_ADOPTR", ad1.LsAdoptr);
        }

        if (child.Oc3 is { } oc3)
        {
            Optional("IN_TOUCH", oc3.InTouch);
            Optional("ACTIV", oc3.Activ);
            Optional("ACCOM", oc3.Accom);
        }

        foreach (var missing in child.Missing)
        {
            _xml.WriteStartElement("AMISSING");
            _xml.WriteElementString("MISSING", missing.Missing);
            _xml.WriteElementString("MIS_START", DateText(missing.MisStart));
            Optional("MIS_END", missing.MisEnd);
            _xml.WriteEndElement();
        }

        foreach (var review in child.Reviews)
        {
            _xml.WriteStartElement("AREVIEW");
            _xml.WriteElementString("REVIEW", DateText(review.Review));
            _xml.WriteElementString("REVIEW_CODE", review.ReviewCode);
            _xml.WriteEndElement();
        }

        Optional("MOTHER", header?.Mother);
        Optional("MC_DOB", header?.McDob);
        if (child.PrevPerm is { } prevPerm)
        {
            _xml.WriteStartElement("PERMANENCE");
            Optional("PREV_PERM", prevPerm.PrevPerm);
            Optional("LA_PERM", prevPerm.LaPerm);
            Optional("DATE_PERM", prevPerm.DatePerm);
            _xml.WriteEndElement();
        }

        if (child.Oc2 is { } oc2)
        {
            _xml.WriteStartElement("OC2");
            Optional("SDQ_SCORE", oc2.SdqScore?.ToString(CultureInfo.InvariantCulture));
            Optional("SDQ_REASON", oc2.SdqReason);
            Optional("CONVICTED", oc2.Convicted);
            Optional("HEALTH_CHECK", oc2.HealthCheck);
            Optional("IMMUNISATIONS", oc2.Immunisations);
            Optional("TEETH_CHECK", oc2.TeethCheck);
            Optional("HEALTH_ASSESSMENT", oc2.HealthAssessment);
            Optional("SUBSTANCE_MISUSE", oc2.SubstanceMisuse);
            Optional("INTERVENTION_RECEIVED", oc2.InterventionReceived);
            Optional("INTERVENTION_OFFERED", oc2.InterventionOffered);
            _xml.WriteEndElement();
        }

        foreach (var placed in child.PlacedAdoption)
        {
            _xml.WriteStartElement("AD_PLACED");
            _xml.WriteElementString("DATE_PLACED", DateText(placed.DatePlaced));
            Optional("DATE_PLACED_CEASED", placed.DatePlacedCeased);
            Optional("REASON_PLACED_CEASED", placed.ReasonPlacedCeased);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();

        foreach (var episode in child.Episodes)
        {
            _xml.WriteStartElement("EPISODE");
            _xml.WriteElementString("DECOM", DateText(episode.Decom));
            _xml.WriteElementString("RNE", episode.Rne);
            _xml.WriteElementString("LS", episode.Ls);
            _xml.WriteElementString("CIN", episode.Cin);
            _xml.WriteElementString("PL", episode.Place);
            Optional("PL_POST", episode.PlPost);
            Optional("HOME_POST", episode.HomePost);
            Optional("URN", episode.Urn);
            Optional("PLACE_PROVIDER", episode.PlaceProvider);
            _xml.WriteElementString("DEC", episode.Dec is { } dec ? DateText(dec) : "");
            _xml.WriteElementString("REC", episode.Rec ?? "");
            Optional("REASON_PLACE_CHANGE", episode.ReasonPlaceChange);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
        ChildrenWritten++;
    }

    /// <summary>Closes the document and flushes.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _completed = true;
    }

    /// <summary>Without <see cref="Complete"/> the document is left unclosed, so a failed export never looks complete.</summary>
    public void Dispose()
    {
        if (_completed)
        {
            _xml.Dispose();
            return;
        }

        _completed = true;
        _xml.Flush();
    }

    private static DateOnly FirstDob(Ssda903Child child) =>
        child.Records().Select(r => r switch
        {
            Ssda903Review x => x.Dob,
            Ssda903Uasc x => x.Dob,
            Ssda903Oc2 x => x.Dob,
            Ssda903Oc3 x => x.Dob,
            Ssda903Ad1 x => x.Dob,
            Ssda903PlacedAdoption x => x.Dob,
            Ssda903PrevPerm x => x.Dob,
            Ssda903Missing x => x.Dob,
            Ssda903SwEpisode x => x.Dob,
            _ => (DateOnly?)null,
        }).FirstOrDefault(d => d is not null) ?? default;

    private static string DateText(DateOnly date) => Ssda903Dates.ToText(date);

    private void Optional(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _xml.WriteElementString(name, value);
        }
    }

    private void Optional(string name, DateOnly? value)
    {
        if (value is { } date)
        {
            _xml.WriteElementString(name, DateText(date));
        }
    }

    private void Optional(string name, bool? value)
    {
        if (value is { } yes)
        {
            _xml.WriteElementString(name, yes ? "1" : "0");
        }
    }
}

using System.Xml;
using System.Xml.Schema;

namespace OpenCsc.Testing;

/// <summary>Validates XML against an XSD (read in place, e.g. from the shared folder) and lists every validation error.</summary>
public static class XsdValidation
{
    public static IReadOnlyList<string> Validate(byte[] xml, string xsdPath) => Validate(new MemoryStream(xml), xsdPath);

    public static IReadOnlyList<string> ValidateFile(string xmlPath, string xsdPath)
    {
        using FileStream stream = File.OpenRead(xmlPath);
        return Validate(stream, xsdPath);
    }

    public static IReadOnlyList<string> Validate(Stream xml, string xsdPath)
    {
        var schemas = new XmlSchemaSet();
        using (var xsd = XmlReader.Create(xsdPath))
        {
            schemas.Add(null, xsd);
        }

        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        // Warnings too: an element the schema does not declare at all (a wrong root, say) is only a warning.
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"line {e.Exception.LineNumber}: {e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(xml, settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}

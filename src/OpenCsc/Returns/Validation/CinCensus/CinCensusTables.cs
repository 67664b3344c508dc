using System.Globalization;
using System.Xml;

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>
/// A CIN census file flattened into set-based tables as its XML says, before import: Header, ChildIdentifiers and
/// ChildCharacteristics (one row for every child, in file order, so a child's position is its row), Disabilities,
/// CINdetails, Assessments, AssessmentFactors, CINplanDates, Section47, ChildProtectionPlans and Reviews (a row per
/// CPPreviewDate; an empty Reviews element is a row with no date). Unknown elements are ignored; malformed XML is a
/// <see cref="ReturnReadException"/> naming the file and line.
/// </summary>
public sealed class CinCensusTables
{
    public CinTable Header { get; } = new("Header", "Collection", "Year", "ReferenceDate", "SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime");

    public CinTable ChildIdentifiers { get; } = new("ChildIdentifiers", "LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "ExpectedPersonBirthDate", "Sex", "GenderCurrent", "PersonDeathDate");

    public CinTable ChildCharacteristics { get; } = new("ChildCharacteristics", "Ethnicity");

    public CinTable Disabilities { get; } = new("Disabilities", "Disability");

    public CinTable CINdetails { get; } = new("CINdetails", "CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC", "ReferralNFA");

    public CinTable Assessments { get; } = new("Assessments", "AssessmentActualStartDate", "AssessmentInternalReviewDate", "AssessmentAuthorisationDate");

    public CinTable AssessmentFactors { get; } = new("AssessmentFactors", "AssessmentFactors");

    public CinTable CINplanDates { get; } = new("CINplanDates", "CINPlanStartDate", "CINPlanEndDate");

    public CinTable Section47 { get; } = new("Section47", "S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired");

    public CinTable ChildProtectionPlans { get; } = new("ChildProtectionPlans", "CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "NumberOfPreviousCPP");

    public CinTable Reviews { get; } = new("Reviews", "CPPreviewDate");

    /// <summary>How many Child elements the file has.</summary>
    public int ChildCount => ChildIdentifiers.RowCount;

    public IEnumerable<CinTable> All =>
        [Header, ChildIdentifiers, ChildCharacteristics, Disabilities, CINdetails, Assessments, AssessmentFactors, CINplanDates, Section47, ChildProtectionPlans, Reviews];

    /// <summary>Reads a CIN census file; <paramref name="source"/> names it in problems.</summary>
    public static CinCensusTables Read(Stream stream, string source)
    {
        var tables = new CinCensusTables();
        var settings = new XmlReaderSettings { IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true, DtdProcessing = DtdProcessing.Prohibit };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            new Flattener(tables, reader).ReadMessage();
        }
        catch (XmlException bad)
        {
            throw new ReturnReadException([new ReturnProblem(source, bad.LineNumber, null, "XML", bad.Message, "a well-formed CIN census XML file")]);
        }

        if (tables.Header.RowCount == 0 && tables.ChildCount == 0)
        {
            throw new ReturnReadException([new ReturnProblem(source, 1, "/Message", "Message", "", "a CIN census Message with a Header and Children")]);
        }

        return tables;
    }

    public static CinCensusTables ReadFile(string path)
    {
        try
        {
            using FileStream file = File.OpenRead(path);
            return Read(file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReturnReadException([new ReturnProblem(path, null, null, "file", e.Message, "a readable CIN census XML file")]);
        }
    }

    /// <summary>Walks the XML once, a row per block; positions in paths are 1-based as in XPath.</summary>
    private sealed class Flattener(CinCensusTables tables, XmlReader reader)
    {
        private int Line => reader is IXmlLineInfo info ? info.LineNumber : 0;

        public void ReadMessage()
        {
            reader.MoveToContent();
            if (reader.LocalName != "Message")
            {
                throw new XmlException($"the root element is {reader.LocalName}, not Message", null, Line, 0);
            }

            ForEachChild("/Message", (name, path) =>
            {
                switch (name)
                {
                    case "Header":
                        ReadHeader(path);
                        return true;
                    case "Children":
                        int position = 0;
                        ForEachChild(path, (childName, _) =>
                        {
                            if (childName != "Child")
                            {
                                return false;
                            }

                            ReadChild(string.Create(CultureInfo.InvariantCulture, $"/Message/Children/Child[{++position}]"));
                            return true;
                        });
                        return true;
                    default:
                        return false;
                }
            });
        }

        private void ReadHeader(string path)
        {
            int row = tables.Header.AddRow(path, Line, -1);
            ReadLeaves(path, tables.Header, row, deep: true);
        }

        private void ReadChild(string path)
        {
            int line = Line;
            int child = tables.ChildIdentifiers.AddRow(path + "/ChildIdentifiers", line, tables.ChildCount);
            tables.ChildCharacteristics.AddRow(path + "/ChildCharacteristics", line, child);
            int episodes = 0;
            ForEachChild(path, (name, elementPath) =>
            {
                switch (name)
                {
                    case "ChildIdentifiers":
                        ReadLeaves(elementPath, tables.ChildIdentifiers, child, deep: false);
                        return true;
                    case "ChildCharacteristics":
                        ReadCharacteristics(elementPath, child);
                        return true;
                    case "CINdetails":
                        ReadEpisode(string.Create(CultureInfo.InvariantCulture, $"{path}/CINdetails[{++episodes}]"), child);
                        return true;
                    default:
                        return false;
                }
            });
        }

        private void ReadCharacteristics(string path, int child)
        {
            ForEachChild(path, (name, elementPath) =>
            {
                switch (name)
                {
                    case "Ethnicity":
                        tables.ChildCharacteristics.Set(child, "Ethnicity", reader.ReadElementContentAsString());
                        return true;
                    case "Disabilities":
                        int count = 0;
                        ForEachChild(elementPath, (leaf, _) =>
                        {
                            if (leaf != "Disability")
                            {
                                return false;
                            }

                            int row = tables.Disabilities.AddRow(string.Create(CultureInfo.InvariantCulture, $"{elementPath}/Disability[{++count}]"), Line, child);
                            tables.Disabilities.Set(row, "Disability", reader.ReadElementContentAsString());
                            return true;
                        });
                        return true;
                    default:
                        return false;
                }
            });
        }

        private void ReadEpisode(string path, int child)
        {
            int episode = tables.CINdetails.AddRow(path, Line, child);
            int assessments = 0, plans = 0, enquiries = 0, protection = 0;
            ForEachChild(path, (name, _) =>
            {
                switch (name)
                {
                    case "Assessments":
                        ReadAssessment(string.Create(CultureInfo.InvariantCulture, $"{path}/Assessments[{++assessments}]"), child, episode);
                        return true;
                    case "CINPlanDates":
                        ReadBlock(tables.CINplanDates, string.Create(CultureInfo.InvariantCulture, $"{path}/CINPlanDates[{++plans}]"), child, episode);
                        return true;
                    case "Section47":
                        ReadBlock(tables.Section47, string.Create(CultureInfo.InvariantCulture, $"{path}/Section47[{++enquiries}]"), child, episode);
                        return true;
                    case "ChildProtectionPlans":
                        ReadPlan(string.Create(CultureInfo.InvariantCulture, $"{path}/ChildProtectionPlans[{++protection}]"), child, episode);
                        return true;
                    default:
                        if (tables.CINdetails.ColumnNames.Contains(name))
                        {
                            tables.CINdetails.Set(episode, name, reader.ReadElementContentAsString());
                            return true;
                        }

                        return false;
                }
            });
        }

        private void ReadBlock(CinTable table, string path, int child, int episode)
        {
            int row = table.AddRow(path, Line, child, episode);
            ReadLeaves(path, table, row, deep: false);
        }

        private void ReadAssessment(string path, int child, int episode)
        {
            int row = tables.Assessments.AddRow(path, Line, child, episode);
            ForEachChild(path, (name, elementPath) =>
            {
                if (name == "FactorsIdentifiedAtAssessment")
                {
                    int count = 0;
                    ForEachChild(elementPath, (leaf, _) =>
                    {
                        if (leaf != "AssessmentFactors")
                        {
                            return false;
                        }

                        int factor = tables.AssessmentFactors.AddRow(string.Create(CultureInfo.InvariantCulture, $"{elementPath}/AssessmentFactors[{++count}]"), Line, child, episode, row);
                        tables.AssessmentFactors.Set(factor, "AssessmentFactors", reader.ReadElementContentAsString());
                        return true;
                    });
                    return true;
                }

                if (tables.Assessments.ColumnNames.Contains(name))
                {
                    tables.Assessments.Set(row, name, reader.ReadElementContentAsString());
                    return true;
                }

                return false;
            });
        }

        private void ReadPlan(string path, int child, int episode)
        {
            int plan = tables.ChildProtectionPlans.AddRow(path, Line, child, episode);
            int reviews = 0;
            ForEachChild(path, (name, _) =>
            {
                if (name == "Reviews")
                {
                    string reviewsPath = string.Create(CultureInfo.InvariantCulture, $"{path}/Reviews[{++reviews}]");
                    int line = Line;
                    int dates = 0;
                    ForEachChild(reviewsPath, (leaf, _) =>
                    {
                        if (leaf != "CPPreviewDate")
                        {
                            return false;
                        }

                        int review = tables.Reviews.AddRow(string.Create(CultureInfo.InvariantCulture, $"{reviewsPath}/CPPreviewDate[{++dates}]"), Line, child, episode, plan);
                        tables.Reviews.Set(review, "CPPreviewDate", reader.ReadElementContentAsString());
                        return true;
                    });
                    if (dates == 0)
                    {
                        tables.Reviews.AddRow(reviewsPath, line, child, episode, plan);
                    }

                    return true;
                }

                if (tables.ChildProtectionPlans.ColumnNames.Contains(name))
                {
                    tables.ChildProtectionPlans.Set(plan, name, reader.ReadElementContentAsString());
                    return true;
                }

                return false;
            });
        }

        /// <summary>The leaf elements of a block into the row's columns of the same name (deep: through nested groups).</summary>
        private void ReadLeaves(string path, CinTable table, int row, bool deep)
        {
            ForEachChild(path, (name, elementPath) =>
            {
                if (table.ColumnNames.Contains(name))
                {
                    table.Set(row, name, reader.ReadElementContentAsString());
                    return true;
                }

                if (deep)
                {
                    ReadLeaves(elementPath, table, row, deep);
                    return true;
                }

                return false;
            });
        }

        /// <summary>
        /// Calls <paramref name="visit"/> for each child element of the element the reader is on, the reader on that
        /// element; a visit that returns false leaves the element unread and it is skipped. Ends past the end tag.
        /// </summary>
        private void ForEachChild(string path, Func<string, string, bool> visit)
        {
            if (reader.IsEmptyElement)
            {
                reader.Read();
                return;
            }

            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                string name = reader.LocalName;
                if (!visit(name, path + "/" + name))
                {
                    reader.Skip();
                }
            }

            reader.Read();
        }
    }
}

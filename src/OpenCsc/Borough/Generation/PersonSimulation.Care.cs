using System.Globalization;
using OpenCsc.CareLeavers;
using OpenCsc.LookedAfter;
using OpenCsc.Visits;
using OpenCsc.Workforce;

namespace OpenCsc.Borough.Generation;

/// <summary>A period of care: legal statuses and placements as SSDA903 episodes, and everything that hangs off it.</summary>
internal sealed partial class PersonSimulation
{
    private enum Story
    {
        ReturnHome,
        SpecialGuardianship,
        ChildArrangements,
        Adoption,
        LongTerm,
    }

    private readonly List<CareEvent> _careEvents = [];
    private readonly List<(DateOnly Start, string Place)> _placements = [];

    private static readonly Weighted<string> _youngPlacement = new(("U6", 55), ("U3", 25), ("U5", 3), ("R3", 5));
    private static readonly Weighted<string> _childPlacement = new(("U6", 62), ("U3", 20), ("K2", 12), ("S1", 2));
    private static readonly Weighted<string> _teenPlacement = new(("U6", 50), ("U3", 10), ("K2", 33), ("K1", 2), ("S1", 3));
    private static readonly Weighted<string> _olderTeenPlacement = new(("U6", 30), ("U3", 5), ("K2", 20), ("K3", 45));

    private Step Care(DateOnly start, CareRoute route)
    {
        if (start > _asOf)
        {
            return Step.Open;
        }

        if (start >= _eighteen.AddDays(-14))
        {
            return new Step(StepKind.Close, start, "RC7");
        }

        int age = AgeAt(start);
        if (route == CareRoute.Court && age >= 12)
        {
            route = CareRoute.Adolescent;
        }

        PeriodOfCare period = StartPeriodOfCare(start, route);
        CarePath path = PlanLegalStatuses(start, route, age, DrawStory(age, route));
        PlanEnding(path, start, route, age);
        AddPlacementMoves(start, path.End);
        _careEvents.Sort((a, b) => a.Date.CompareTo(b.Date));
        BuildEpisodes(period, start, path.InitialStatus, path.End, path.ReasonCeased, path.CareOrder);

        bool open = path.End > _asOf;
        if (!open)
        {
            period.EndDate = path.End;
        }

        period.PermanencePlan = PermanencePlan(path.Story, route, age);
        string rec = _careEpisodes[^1].ReasonEpisodeCeased ?? "";
        AddCourtAndAdoption(period, path, start, open, rec);

        DateOnly until = open ? _asOf.AddDays(1) : path.End;
        AddLifeInCare(start, until, open, route);
        if (_uasc)
        {
            _uascCeased = rec == "E15" ? path.End : _eighteen <= _asOf && rec != "E3" ? _eighteen : null;
        }

        return open ? StillInCare(period, start) : AfterCare(period, start, path.End, rec);
    }

    /// <summary>Opens the period: the child moves to the children in care (or leaving care) team.</summary>
    private PeriodOfCare StartPeriodOfCare(DateOnly start, CareRoute route)
    {
        SetStage(route == CareRoute.Uasc ? TeamKind.LeavingCare : TeamKind.ChildrenInCare, start);
        var period = new PeriodOfCare { StartDate = start };
        _periods.Add(period);
        _episodeBusyUntil = Max(_episodeBusyUntil, start);
        _careEvents.Clear();
        _placements.Clear();
        return period;
    }

    /// <summary>How the period will end, by the child's age when it starts.</summary>
    private Story DrawStory(int age, CareRoute route) => route == CareRoute.Uasc ? Story.LongTerm : age switch
    {
        < 5 => _rng.NextDouble() switch
        {
            < 0.22 => Story.Adoption,
            < 0.47 => Story.SpecialGuardianship,
            < 0.77 => Story.ReturnHome,
            < 0.92 => Story.LongTerm,
            _ => Story.ChildArrangements,
        },
        < 12 => _rng.NextDouble() switch
        {
            < 0.15 => Story.SpecialGuardianship,
            < 0.68 => Story.ReturnHome,
            < 0.93 => Story.LongTerm,
            _ => Story.ChildArrangements,
        },
        _ => _rng.Chance(0.72) ? Story.ReturnHome : Story.LongTerm,
    };

    /// <summary>The legal statuses up to the final hearing: the first status, an emergency order's end, the interim
    /// care order when the story needs the court, and the hearing.</summary>
    private CarePath PlanLegalStatuses(DateOnly start, CareRoute route, int age, Story story)
    {
        string initialStatus = route switch
        {
            CareRoute.Emergency => _rng.Chance(0.6) ? "L1" : "L2",
            CareRoute.Uasc => "V2",
            CareRoute.Adolescent => _rng.Chance(0.85) ? "V2" : "C1",
            _ => _rng.Chance(0.35) ? "V2" : "C1",
        };
        string status = initialStatus;
        DateOnly cursor = start;
        if (route == CareRoute.Emergency)
        {
            cursor = start.AddDays(status == "L1" ? _rng.Between(1, 3) : _rng.Between(4, 8));
            status = _rng.Chance(0.75) || age < 12 ? "C1" : "V2";
            _careEvents.Add(new CareEvent(cursor, status));
        }

        bool needsCourt = story is Story.Adoption or Story.SpecialGuardianship or Story.ChildArrangements
            || (story == Story.LongTerm && age < 12 && route != CareRoute.Uasc);
        DateOnly? interim = status == "C1" ? cursor : null;
        if (interim is null && needsCourt)
        {
            interim = cursor.AddDays(_rng.Between(30, 180));
            _careEvents.Add(new CareEvent(interim.Value, "C1"));
        }

        return new CarePath
        {
            Story = story,
            InitialStatus = initialStatus,
            Interim = interim,
            Hearing = interim?.AddDays(_rng.Between(182, 364)),
        };
    }

    /// <summary>The story's orders and the end of the period: when it ends and why (at 18 at the latest).</summary>
    private void PlanEnding(CarePath path, DateOnly start, CareRoute route, int age)
    {
        if (path.Story == Story.Adoption)
        {
            path.AdoptionDecision = Max(start.AddDays(14), path.Hearing!.Value.AddDays(-_rng.Between(30, 100)));
            if (_rng.Chance(0.1))
            {
                path.DecisionCeased = path.Hearing.Value;
                path.Story = Story.LongTerm;
            }
        }

        switch (path.Story)
        {
            case Story.ReturnHome:
                EndByReturnHome(path, start, age);
                break;
            case Story.SpecialGuardianship:
                EndBySpecialGuardianship(path);
                break;
            case Story.ChildArrangements:
                path.End = path.Hearing!.Value;
                path.ReasonCeased = "E41";
                break;
            case Story.Adoption:
                EndByAdoption(path);
                break;
            default:
                EndLongTerm(path, start, route);
                break;
        }

        if (path.End >= _eighteen)
        {
            path.End = _eighteen;
            path.ReasonCeased = "AT18";
        }

        if (path.End <= start)
        {
            path.End = start.AddDays(1);
        }
    }

    private void EndByReturnHome(CarePath path, DateOnly start, int age)
    {
        if (path.Hearing is { } h)
        {
            if (_rng.Chance(0.5))
            {
                path.End = h;
                path.Supervision = true;
            }
            else
            {
                path.CareOrder = h;
                _careEvents.Add(new CareEvent(h, "C2"));
                DateOnly home = h.AddDays(_rng.Between(30, 180));
                _careEvents.Add(new CareEvent(home, null, "P1", Planned: true));
                path.End = home.AddDays(_rng.Between(180, 365));
            }

            path.ReasonCeased = "E4A";
            return;
        }

        path.End = start.AddDays((int)Math.Clamp(_rng.LogNormal(age >= 12 ? 150 : 120, 0.9), 3, 1500));
        path.ReasonCeased = _rng.NextDouble() switch
        {
            < 0.80 => "E4A",
            < 0.92 => "E13",
            _ => "E4B",
        };
    }

    private void EndBySpecialGuardianship(CarePath path)
    {
        if (_rng.Chance(0.55))
        {
            path.End = path.Hearing!.Value;
        }
        else
        {
            path.CareOrder = path.Hearing!.Value;
            _careEvents.Add(new CareEvent(path.Hearing.Value, "C2"));
            path.End = path.Hearing.Value.AddDays(_rng.Between(180, 540));
        }

        path.ReasonCeased = "SGO";
    }

    private void EndByAdoption(CarePath path)
    {
        if (_rng.Chance(0.7))
        {
            path.PlacementOrder = path.Hearing!.Value;
        }
        else
        {
            path.CareOrder = path.Hearing!.Value;
            _careEvents.Add(new CareEvent(path.Hearing.Value, "C2"));
            path.PlacementOrder = path.Hearing.Value.AddDays(_rng.Between(60, 180));
        }

        _careEvents.Add(new CareEvent(path.PlacementOrder.Value, "E1"));
        path.Matched = path.PlacementOrder.Value.AddDays(_rng.Between(90, 270));
        path.PlacedForAdoption = path.Matched.Value.AddDays(_rng.Between(10, 35));
        path.ByFosterCarers = _rng.Chance(0.15);
        _careEvents.Add(new CareEvent(path.PlacedForAdoption.Value, null, path.ByFosterCarers ? "A5" : "A6", Planned: true, SameCarers: path.ByFosterCarers));
        path.End = path.PlacedForAdoption.Value.AddDays(_rng.Between(150, 365));
        path.ReasonCeased = _rng.Chance(0.25) ? "E11" : "E12";
    }

    /// <summary>Long-term care: a care order at the hearing, if any; then an age assessment or transfer (UASC), a
    /// return home, or care until 18.</summary>
    private void EndLongTerm(CarePath path, DateOnly start, CareRoute route)
    {
        if (path.Hearing is { } final)
        {
            path.CareOrder = final;
            _careEvents.Add(new CareEvent(final, "C2"));
            if (_rng.Chance(0.5))
            {
                _careEvents.Add(new CareEvent(final.AddDays(_rng.Between(30, 180)), null, null, Planned: true, LongTermMove: true));
            }
        }

        if (route == CareRoute.Uasc && _rng.Chance(0.13))
        {
            bool transferred = _rng.Chance(0.6);
            path.End = start.AddDays(transferred ? _rng.Between(7, 60) : _rng.Between(20, 120));
            path.ReasonCeased = transferred ? "E3" : "E15";
            if (!transferred)
            {
                // The age assessment concludes in the collection year the child arrived: a UASC's date ceased
                // in last year's return is then never contradicted by this year's (rule 205B).
                DateOnly yearEnd = new(start.Month >= 4 ? start.Year + 1 : start.Year, 3, 31);
                path.End = path.End > yearEnd ? yearEnd : path.End;
            }
        }
        else if (route != CareRoute.Uasc && _rng.Chance(0.3))
        {
            path.End = start.AddDays(_rng.Between(300, 1460));
            path.ReasonCeased = "E4A";
        }
        else
        {
            path.End = _eighteen;
            path.ReasonCeased = "AT18";
        }
    }

    /// <summary>Unplanned placement moves: sometimes one soon after coming into care, then more often the older the child.</summary>
    private void AddPlacementMoves(DateOnly start, DateOnly end)
    {
        if (_rng.Chance(0.2))
        {
            _careEvents.Add(new CareEvent(start.AddDays(_rng.Between(10, 60)), null, null));
        }

        double t = start.DayNumber;
        while (true)
        {
            int ageNow = AgeAt(DateOnly.FromDayNumber((int)t));
            double rate = ageNow < 5 ? 0.12 : ageNow < 12 ? 0.2 : 0.36;
            t += _rng.Exponential(365.25 / rate);
            if (t >= end.DayNumber || t > _asOf.DayNumber)
            {
                break;
            }

            _careEvents.Add(new CareEvent(DateOnly.FromDayNumber((int)t), null, null));
        }
    }

    private static string PermanencePlan(Story story, CareRoute route, int age) => story switch
    {
        Story.Adoption => "Adoption",
        Story.SpecialGuardianship => "Special guardianship order",
        Story.ChildArrangements => "Child arrangements order",
        Story.ReturnHome => "Return to family",
        _ when route == CareRoute.Uasc => "Independence (unaccompanied asylum-seeking child)",
        _ when age >= 12 => "Long-term fostering or supported independence",
        _ => "Long-term fostering",
    };

    /// <summary>The court's orders, the adoption and its team, and any previous permanence.</summary>
    private void AddCourtAndAdoption(PeriodOfCare period, CarePath path, DateOnly start, bool open, string rec)
    {
        DateOnly end = path.End;
        AddLegalOrders(period, path.InitialStatus, start, end, open, path.Interim, path.Hearing, path.CareOrder, path.PlacementOrder, rec, path.Supervision);
        if (path.AdoptionDecision is { } decided && decided <= _asOf)
        {
            AddAdoption(period, decided, path.DecisionCeased, path.PlacementOrder, path.Matched, path.PlacedForAdoption, open ? null : end, path.ByFosterCarers, rec);
        }

        if (path.PlacementOrder is { } po && po <= _asOf && po < end)
        {
            SetStage(TeamKind.Adoption, po);
        }

        if (start >= _windowStart)
        {
            AddPreviousPermanence(period);
        }
    }

    /// <summary>Life in care until it ends (or today): reviews, health, missing episodes, visits, and motherhood.</summary>
    private void AddLifeInCare(DateOnly start, DateOnly until, bool open, CareRoute route)
    {
        AddReviewsAndIro(start, until, open);
        AddHealth(start, until);
        AddMissing(start, until, route);
        AddCareVisits(start, until);
        // MOTHER is returned for every looked-after girl (SSDA903 rules 393, 607); a mother is 15 or older here.
        if (_female)
        {
            _isMother ??= false;
            if (AgeAt(Min(until, _asOf)) >= 15 && _rng.Chance(0.03))
            {
                _isMother = true;
                _mothersChildBirth = _rng.DayBetween(Max(start, _dob.AddYears(15)), Min(until.AddDays(-1), _asOf));
            }
        }
    }

    /// <summary>Still looked after today: a child of 16 or more who has been looked after long enough is an eligible
    /// care leaver.</summary>
    private Step StillInCare(PeriodOfCare period, DateOnly start)
    {
        if (AgeAt(_asOf) >= 16 && _asOf.DayNumber - Max(start, _dob.AddYears(14)).DayNumber >= 91 && _careLeaver is null)
        {
            _careLeaver = new CareLeaver { Eligibility = CareLeaverEligibility.Eligible };
            _careLeaverUntil = DateOnly.MaxValue;
            _careLeaverPeriod = period;
        }

        return Step.Open;
    }

    /// <summary>What follows the end of care, by why it ended: the CIN episode closes, a child in need plan, or
    /// leaving care.</summary>
    private Step AfterCare(PeriodOfCare period, DateOnly start, DateOnly end, string rec)
    {
        switch (rec)
        {
            case "E11":
            case "E12":
                return new Step(StepKind.Close, end, "RC1");
            case "E45":
            case "E46":
            case "E47":
            case "E48":
                return new Step(StepKind.Close, end, "RC4");
            case "E41":
                return new Step(StepKind.Close, end, "RC3");
            case "E3":
                return new Step(StepKind.Close, end, "RC5");
            case "E4A" or "E4B" or "E13" when AgeAt(end) < 17 && _rng.Chance(0.3):
                return new Step(StepKind.CinPlan, end);
        }

        bool leaver = rec is "E17" or "E5" or "E6" or "E8" or "E7"
            && AgeAt(end) >= 16
            && end.DayNumber - Max(start, _dob.AddYears(14)).DayNumber >= 91;
        if (!leaver)
        {
            return new Step(StepKind.Close, end, "RC7");
        }

        if (CloseEpisode(end, rec == "E7" ? "RC6" : "RC7") is null)
        {
            return Step.Open;
        }

        CareLeaverPhase(end, period);
        return new Step(StepKind.Stop, end);
    }

    /// <summary>Turns the legal and placement changes into contiguous SSDA903 episodes.</summary>
    private void BuildEpisodes(PeriodOfCare period, DateOnly start, string status, DateOnly end, string reasonCeased, DateOnly? careOrder)
    {
        int age = AgeAt(start);
        string place = _uasc
            ? (age >= 16 ? (_rng.Chance(0.7) ? "K3" : "U6") : (_rng.Chance(0.8) ? "U6" : "K2"))
            : DrawPlacement(age, longTerm: false);
        CareEpisode current = NewEpisode(period, start, "S", status, place);
        int i = 0;
        while (i < _careEvents.Count)
        {
            DateOnly day = _careEvents[i].Date;
            if (day >= end || day > _asOf)
            {
                break;
            }

            string? newStatus = null;
            bool move = false;
            string? newPlace = null;
            bool planned = false;
            bool sameCarers = false;
            bool longTermMove = false;
            for (; i < _careEvents.Count && _careEvents[i].Date == day; i++)
            {
                CareEvent e = _careEvents[i];
                newStatus = e.Status ?? newStatus;
                if (e.Status is null)
                {
                    move = true;
                    newPlace = e.Place ?? newPlace;
                    planned |= e.Planned;
                    sameCarers |= e.SameCarers;
                    longTermMove |= e.LongTermMove;
                }
            }

            if (day <= start)
            {
                continue;
            }

            // Once placed for adoption or home with parents, only the legal status changes.
            if (move && current.PlacementType is "A5" or "A6" or "P1" && newPlace is null)
            {
                move = false;
            }

            bool legal = newStatus is not null && newStatus != current.LegalStatus;
            if (move && newPlace is null)
            {
                int ageNow = AgeAt(day);
                bool longTerm = longTermMove || (careOrder is { } co && day.DayNumber - co.DayNumber > 180);
                newPlace = DrawPlacement(ageNow, longTerm);
                if (newPlace == current.PlacementType && newPlace is not ("U4" or "U1"))
                {
                    newPlace = newPlace == "U6" ? "U3" : "U6";
                }
            }

            if (!legal && !move)
            {
                continue;
            }

            if (move && newPlace == "P1" && (newStatus ?? current.LegalStatus) == "V2")
            {
                move = false; // placed with parents is not possible under section 20 (rule 378)
                if (!legal)
                {
                    continue;
                }
            }

            current.EndDate = day;
            current.ReasonEpisodeCeased = "X1";
            if (move)
            {
                current.ReasonForPlacementChange = sameCarers ? "PLACE" : planned ? "CARPL" : DemoRates.ReasonForPlacementChange.Pick(_rng);
            }

            string rne = legal && move ? (sameCarers ? "B" : "T") : legal ? "L" : sameCarers ? "U" : "P";
            current = move
                ? NewEpisode(period, day, rne, newStatus ?? current.LegalStatus, newPlace!, sameCarers ? current : null)
                : CopyEpisode(current, day, rne, newStatus!);
        }

        if (end <= _asOf)
        {
            current.EndDate = end;
            current.ReasonEpisodeCeased = reasonCeased switch
            {
                "AT18" => AtEighteen(current.PlacementType),
                "SGO" => current.PlacementType switch
                {
                    "U1" or "U2" or "U3" => "E45",
                    "U4" or "U5" or "U6" => "E46",
                    _ => _rng.Chance(0.8) ? "E47" : "E48",
                },
                _ => reasonCeased,
            };
        }
    }

    private string AtEighteen(string place)
    {
        if (_disabled && _rng.Chance(0.3))
        {
            return "E7";
        }

        bool fostered = place.StartsWith('U');
        double u = _rng.NextDouble();
        if (fostered)
        {
            return u switch
            {
                < 0.30 => "E17",
                < 0.75 => "E5",
                < 0.85 => "E8",
                < 0.90 => "E6",
                _ => "E4A",
            };
        }

        return u switch
        {
            < 0.60 => "E5",
            < 0.75 => "E6",
            < 0.90 => "E8",
            _ => "E4A",
        };
    }

    private string DrawPlacement(int age, bool longTerm)
    {
        string place = age switch
        {
            < 5 => _youngPlacement.Pick(_rng),
            < 12 => _childPlacement.Pick(_rng),
            < 16 => _teenPlacement.Pick(_rng),
            _ => _olderTeenPlacement.Pick(_rng),
        };
        if (longTerm)
        {
            place = place switch
            {
                "U6" => "U4",
                "U3" => "U1",
                _ => place,
            };
        }

        if (place == "K2" && age < 8)
        {
            place = "U6";
        }

        return place;
    }

    private CareEpisode NewEpisode(PeriodOfCare period, DateOnly start, string rne, string status, string place, CareEpisode? sameCarersAs = null)
    {
        string need = _uasc ? "N8" : _episode?.PrimaryNeedCode is { } code && code is not ("N0" or "N9") ? code : "N1";
        var episode = new CareEpisode
        {
            PeriodOfCare = period,
            StartDate = start,
            ReasonForNewEpisode = rne,
            LegalStatus = status,
            CategoryOfNeed = need,
            PlacementType = place,
            HomePostcode = _homePostcode,
        };
        if (sameCarersAs is not null)
        {
            episode.PlacementProvider = sameCarersAs.PlacementProvider;
            episode.PlacementPostcode = sameCarersAs.PlacementPostcode;
            episode.PlacementUrn = sameCarersAs.PlacementUrn;
            episode.PlacementLocalAuthority = sameCarersAs.PlacementLocalAuthority;
        }
        else
        {
            episode.PlacementProvider = place switch
            {
                "P1" => "PR0",
                "U1" or "U2" or "U3" => _rng.Chance(0.85) ? "PR1" : "PR4",
                "U4" or "U5" or "U6" => _rng.NextDouble() switch { < 0.45 => "PR1", < 0.9 => "PR4", _ => "PR5" },
                "K1" => _rng.NextDouble() switch { < 0.3 => "PR1", < 0.7 => "PR2", _ => "PR4" },
                "K2" => _rng.NextDouble() switch { < 0.15 => "PR1", < 0.9 => "PR4", _ => "PR5" },
                "K3" => _rng.Chance(0.2) ? "PR1" : "PR4",
                "A5" or "A6" => _rng.NextDouble() switch { < 0.6 => "PR1", < 0.8 => "PR2", _ => "PR5" },
                "S1" => _rng.NextDouble() switch { < 0.6 => "PR4", < 0.8 => "PR5", _ => "PR3" },
                _ => _rng.Chance(0.7) ? "PR4" : "PR5",
            };
            bool inBorough = place == "P1" || _rng.Chance(episode.PlacementProvider == "PR1" ? 0.7 : 0.35);
            if (inBorough)
            {
                episode.PlacementPostcode = Postcode(_rng.Pick(DemoLists.HomeDistricts));
                episode.PlacementLocalAuthority = BoroughGenerator.LaCode;
            }
            else
            {
                (string district, string la) = _rng.Pick(DemoLists.OutOfBoroughPlacements);
                episode.PlacementPostcode = Postcode(district);
                episode.PlacementLocalAuthority = la;
            }

            if (place == "P1")
            {
                episode.PlacementPostcode = episode.HomePostcode;
            }

            if (place is not ("P1" or "U1" or "U2" or "U3"))
            {
                episode.PlacementUrn = "SC" + _rng.Between(100000, 999999).ToString(CultureInfo.InvariantCulture);
            }
        }

        _careEpisodes.Add(episode);
        _placements.Add((start, place));
        return episode;
    }

    private CareEpisode CopyEpisode(CareEpisode from, DateOnly start, string rne, string status)
    {
        var episode = new CareEpisode
        {
            PeriodOfCare = from.PeriodOfCare,
            StartDate = start,
            ReasonForNewEpisode = rne,
            LegalStatus = status,
            CategoryOfNeed = from.CategoryOfNeed,
            PlacementType = from.PlacementType,
            PlacementProvider = from.PlacementProvider,
            HomePostcode = from.HomePostcode,
            PlacementPostcode = from.PlacementPostcode,
            PlacementUrn = from.PlacementUrn,
            PlacementLocalAuthority = from.PlacementLocalAuthority,
        };
        _careEpisodes.Add(episode);
        return episode;
    }

    private void AddLegalOrders(
        PeriodOfCare period, string initialStatus, DateOnly start, DateOnly end, bool open, DateOnly? interim, DateOnly? hearing,
        DateOnly? careOrder, DateOnly? placementOrder, string rec, bool supervision)
    {
        DateOnly? ended = open ? null : end;
        if (initialStatus is "L1" or "L2")
        {
            DateOnly? next = _careEpisodes.Count > 0 ? FirstChangeAfter(period, start) : null;
            Order(initialStatus == "L1" ? LegalOrderKind.PolicePowersOfProtection : LegalOrderKind.EmergencyProtectionOrder, start, next ?? ended);
        }

        if (interim is { } icoMade)
        {
            DateOnly? icoEnd = hearing is { } h && h < end ? h : ended;
            Order(LegalOrderKind.InterimCareOrder, icoMade, icoEnd);
        }

        if (careOrder is { } made)
        {
            Order(LegalOrderKind.CareOrder, made, placementOrder is { } p && p > made ? p : ended);
        }

        if (placementOrder is { } po)
        {
            Order(LegalOrderKind.PlacementOrder, po, ended);
        }

        if (open)
        {
            return;
        }

        switch (rec)
        {
            case "E11" or "E12":
                Order(LegalOrderKind.AdoptionOrder, end, null);
                break;
            case "E45" or "E46" or "E47" or "E48":
                Order(LegalOrderKind.SpecialGuardianshipOrder, end, null);
                break;
            case "E41":
                Order(LegalOrderKind.ChildArrangementsOrder, end, null);
                break;
            case "E4A" when supervision:
                Order(LegalOrderKind.SupervisionOrder, end, end.AddYears(1));
                break;
        }

        void Order(LegalOrderKind kind, DateOnly madeOn, DateOnly? endsOn)
        {
            if (madeOn > _asOf)
            {
                return;
            }

            _legalOrders.Add((new LegalOrder { Kind = kind, DateMade = madeOn, EndDate = endsOn is { } e && e <= _asOf ? e : null }, period));
        }
    }

    private DateOnly? FirstChangeAfter(PeriodOfCare period, DateOnly start)
    {
        foreach (CareEpisode episode in _careEpisodes)
        {
            if (episode.PeriodOfCare == period && episode.StartDate > start)
            {
                return episode.StartDate;
            }
        }

        return null;
    }

    private void AddAdoption(
        PeriodOfCare period, DateOnly decided, DateOnly? ceased, DateOnly? placementOrder, DateOnly? matched, DateOnly? placed,
        DateOnly? adopted, bool byFosterCarers, string rec)
    {
        var decision = new AdoptionDecision { DecisionDate = decided };
        if (ceased is { } c && c <= _asOf)
        {
            decision.DecisionCeasedDate = c;
            decision.ReasonCeased = _rng.NextDouble() switch
            {
                < 0.5 => "RD2",
                < 0.7 => "RD1",
                < 0.85 => "RD3",
                _ => "RD4",
            };
        }

        _adoptionDecisions.Add((decision, period));
        if (ceased is not null)
        {
            return;
        }

        DateOnly? Known(DateOnly? d) => d is { } v && v <= _asOf ? v : null;
        var adoption = new Adoption
        {
            DateShouldBePlaced = decided,
            DateMatched = Known(matched),
            DatePlaced = Known(placed),
            AdoptionOrderDate = rec is "E11" or "E12" ? adopted : null,
        };
        ProspectiveAdopter[] adopters = [];
        if (adoption.DateMatched is { } match)
        {
            int count = _rng.Chance(0.15) ? 1 : 2;
            adoption.NumberOfAdopters = count;
            adoption.AdoptedByFosterCarer = byFosterCarers;
            adoption.SexOfAdopters = count == 1 ? (_rng.Chance(0.8) ? "F1" : "M1") : _rng.NextDouble() switch { < 0.82 => "MF", < 0.92 => "FF", _ => "MM" };
            adoption.LegalStatusOfAdopters = count == 1 ? "L0" : adoption.SexOfAdopters == "MF" ? (_rng.Chance(0.75) ? "L11" : "L2") : (_rng.Chance(0.6) ? "L12" : "L3");
            if (_rng.Chance(0.12) && placementOrder is { } po)
            {
                adoption.FosteringForAdoptionDate = Min(po.AddDays(_rng.Between(0, 30)), match);
            }

            adopters = new ProspectiveAdopter[count];
            DateOnly enquiry = match.AddDays(-_rng.Between(300, 540));
            for (int a = 0; a < count; a++)
            {
                string sex = adoption.SexOfAdopters switch
                {
                    "M1" or "MM" => "M",
                    "F1" or "FF" => "F",
                    _ => a == 0 ? "F" : "M",
                };
                DateOnly stage1 = enquiry.AddDays(_rng.Between(14, 45));
                DateOnly stage2 = stage1.AddDays(_rng.Between(60, 75));
                DateOnly approved = stage2.AddDays(_rng.Between(120, 150));
                adopters[a] = new ProspectiveAdopter
                {
                    Sex = sex,
                    Ethnicity = _rng.Chance(0.6) ? _ethnicity : DemoRates.Ethnicity.Pick(_rng),
                    HasDisability = _rng.Chance(0.04),
                    FosteringForAdoption = adoption.FosteringForAdoptionDate is not null,
                    EnquiryDate = enquiry,
                    Stage1StartDate = stage1,
                    Stage1EndDate = stage1.AddDays(_rng.Between(50, 60)),
                    Stage2StartDate = stage2,
                    Stage2EndDate = Min(approved.AddDays(-_rng.Between(0, 10)), match),
                    ApplicationSubmittedDate = stage2,
                    ApprovedDate = Min(approved, match),
                    MatchedDate = match,
                    PlacedDate = adoption.DatePlaced,
                    ChildrenPlaced = adoption.DatePlaced is null ? null : 1,
                    AdoptionOrderDate = adoption.AdoptionOrderDate,
                };
            }
        }

        _adoptions.Add((adoption, period, adopters));
    }

    private void AddPreviousPermanence(PeriodOfCare period)
    {
        double u = _rng.NextDouble();
        string code = u switch
        {
            < 0.86 => "Z1",
            < 0.90 => "P1",
            < 0.96 => "P2",
            _ => "P3",
        };
        var row = new PreviousPermanence { PreviousPermanenceCode = code };
        if (code != "Z1")
        {
            DateOnly when = period.StartDate.AddDays(-_rng.Between(400, 3000));
            if (when < _dob)
            {
                when = _dob.AddDays(_rng.Between(60, 300));
            }

            row.LocalAuthority = _rng.Chance(0.6) ? BoroughGenerator.LaCode : _rng.Pick(DemoLists.OutOfBoroughPlacements).LaCode;
            string yyyy = when.Year.ToString("D4", CultureInfo.InvariantCulture);
            row.DateOfPermanence = _rng.NextDouble() switch
            {
                < 0.7 => when.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                < 0.85 => "zz/" + when.Month.ToString("D2", CultureInfo.InvariantCulture) + "/" + yyyy,
                _ => "zz/zz/" + yyyy,
            };
        }

        _previousPermanence.Add((row, period));
    }

    /// <summary>Reviews (reg 33: 20 working days, 3 months, then 6-monthly) and the IRO allocation (5 working days).</summary>
    private void AddReviewsAndIro(DateOnly start, DateOnly until, bool open)
    {
        DateOnly iroFrom = AddWorkingDays(start, _rng.Chance(0.9) ? _rng.Between(1, 5) : _rng.Between(6, 15));
        if (iroFrom < until && iroFrom <= _asOf)
        {
            _iroSpans.Add((iroFrom, open ? null : until, _workforce.IroTeams[_rng.Next(_workforce.IroTeams.Count)]));
        }

        DateOnly review = AddWorkingDays(start, _rng.Chance(0.92) ? _rng.Between(10, 20) : _rng.Between(21, 35));
        bool second = true;
        while (review < until && review <= _asOf)
        {
            _lacReviews.Add(new LacReview
            {
                Date = review,
                ParticipationCode = AgeAt(review) < 4 ? "PN0" : DemoRates.ParticipationFourPlus.Pick(_rng),
            });
            int months = second ? 3 : 6;
            second = false;
            review = review.AddMonths(months).AddDays(_rng.Chance(0.94) ? -_rng.Between(0, 14) : _rng.Between(1, 30));
        }
    }

    /// <summary>Initial health assessment (20 working days), reviews (6-monthly under 5, else yearly), dental checks, OC2.</summary>
    private void AddHealth(DateOnly start, DateOnly until)
    {
        DateOnly initial = AddWorkingDays(start, _rng.Chance(DemoRates.InitialHealthOnTime) ? _rng.Between(8, 20) : _rng.Between(21, 60));
        if (initial < until && initial <= _asOf)
        {
            _health.Add(new HealthAssessment { Kind = HealthAssessmentKind.Initial, Date = initial });
            DateOnly review = initial;
            while (true)
            {
                int months = AgeAt(review) < 5 ? 6 : 12;
                review = review.AddMonths(months).AddDays(_rng.Chance(0.9) ? -_rng.Between(0, 30) : _rng.Between(1, 60));
                if (review >= until || review > _asOf)
                {
                    break;
                }

                _health.Add(new HealthAssessment { Kind = HealthAssessmentKind.Review, Date = review });
            }
        }

        if (AgeAt(start) >= 1)
        {
            DateOnly dental = start.AddDays(_rng.Between(30, 200));
            while (dental < until && dental <= _asOf)
            {
                if (_rng.Chance(0.85))
                {
                    _health.Add(new HealthAssessment { Kind = HealthAssessmentKind.Dental, Date = dental });
                }

                dental = dental.AddDays(_rng.Between(300, 420));
            }
        }

        // OC2: looked after continuously for at least 12 months at 31 March.
        for (int year = _windowStart.Year; year <= _asOf.Year; year++)
        {
            var yearEnd = new DateOnly(year, 3, 31);
            if (yearEnd < _windowStart || yearEnd > _asOf || start > yearEnd.AddYears(-1) || until <= yearEnd)
            {
                continue;
            }

            _annualHealth.Add(AnnualHealth(yearEnd, AgeAt(yearEnd.AddYears(-1).AddDays(1)), AgeAt(yearEnd)));
        }

        // The OC2 record of the year in progress (ending the 31 March after the as-of date) for a child looked after
        // since its 1 April and still: what is recorded so far, ages as at the as-of date, so that an in-year check of
        // the year to the as-of date finds the child's OC2 complete (SSDA903 rules 191, 543, 545, 157).
        var yearStart = new DateOnly(_asOf.Month >= 4 ? _asOf.Year : _asOf.Year - 1, 4, 1);
        DateOnly currentEnd = yearStart.AddYears(1).AddDays(-1);
        if (_asOf < currentEnd && yearStart >= _windowStart && start <= yearStart && until >= _asOf)
        {
            _annualHealth.Add(AnnualHealth(currentEnd, AgeAt(yearStart), AgeAt(_asOf)));
        }
    }

    /// <summary>A year's OC2 health outcomes, the ages those at the start and end of the year checked.</summary>
    private AnnualHealthOutcomes AnnualHealth(DateOnly yearEnd, int ageAtStart, int ageAtEnd)
    {
        var outcomes = new AnnualHealthOutcomes
        {
            YearEnding = yearEnd,
            Immunisations = _rng.Chance(0.88),
            TeethCheck = ageAtEnd >= 1 && _rng.Chance(0.86),
            HealthAssessment = _rng.Chance(0.93),
            SubstanceMisuse = ageAtEnd >= 10 && _rng.Chance(0.05),
            HealthCheck = ageAtEnd < 5 ? _rng.Chance(0.95) : null,
            Convicted = ageAtEnd >= 10 ? _rng.Chance(0.03) : null,
        };
        // An SDQ score or reason for children 4 or over at the end of the year and under 17 at its start (rules 186, 188, 189, 197B).
        if (ageAtEnd >= 4 && ageAtStart <= 16)
        {
            if (_rng.Chance(0.8))
            {
                outcomes.SdqScore = Math.Clamp((int)Math.Round(14 + (6 * _rng.Normal())), 0, 40);
            }
            else
            {
                outcomes.SdqReason = _rng.NextDouble() switch { < 0.4 => "SDQ2", < 0.7 => "SDQ4", < 0.9 => "SDQ5", _ => "SDQ3" };
            }
        }

        if (outcomes.SubstanceMisuse == true)
        {
            outcomes.InterventionReceived = _rng.Chance(0.6);
            outcomes.InterventionOffered = outcomes.InterventionReceived == true ? null : _rng.Chance(0.7);
        }

        return outcomes;
    }

    /// <summary>Missing and absent episodes of older children, often repeated; RHIs offered within 72 hours mostly.</summary>
    private void AddMissing(DateOnly start, DateOnly until, CareRoute route)
    {
        DateOnly from = Max(start, _dob.AddYears(11));
        DateOnly to = Min(until, _asOf.AddDays(1));
        if (from >= to)
        {
            return;
        }

        double chance = route == CareRoute.Uasc ? 0.1 : AgeAt(start) >= 12 ? 0.32 : 0.12;
        if (!_rng.Chance(chance))
        {
            return;
        }

        double rate = _rng.LogNormal(5, 0.7);
        double t = from.DayNumber;
        while (true)
        {
            t += Math.Max(1, _rng.Exponential(365.25 / rate));
            if (t >= to.DayNumber)
            {
                return;
            }

            DateOnly day = DateOnly.FromDayNumber((int)t);
            DateTime left = At(day, _rng.Between(13, 23));
            int hours = _rng.NextDouble() switch
            {
                < 0.55 => _rng.Between(2, 23),
                < 0.90 => _rng.Between(24, 72),
                _ => _rng.Between(73, 336),
            };
            DateTime returned = left.AddHours(hours);
            var episode = new MissingEpisode { Kind = _rng.Chance(0.8) ? MissingKind.Missing : MissingKind.Absent, StartDate = day };
            _missing.Add(episode);
            if (returned > _asOfEnd)
            {
                return; // still missing at the as-of date
            }

            episode.EndDate = DateOnly.FromDateTime(returned);
            episode.ReturnedAt = returned;
            if (episode.Kind == MissingKind.Missing)
            {
                double u = _rng.NextDouble();
                DateTime? offered = u < DemoRates.RhiOfferedInTime ? returned.AddHours(_rng.Between(2, 70))
                    : u < 0.97 ? returned.AddHours(_rng.Between(73, 168))
                    : null;
                if (offered is { } o && o <= _asOfEnd)
                {
                    episode.RhiOfferedAt = o;
                    episode.RhiAccepted = _rng.Chance(DemoRates.RhiAccepted);
                    DateTime done = o.AddHours(_rng.Between(0, 48));
                    if (episode.RhiAccepted == true && done <= _asOfEnd)
                    {
                        episode.RhiCompletedAt = done;
                    }
                }
            }

            t = episode.EndDate.Value.DayNumber + 1;
        }
    }

    /// <summary>Reg 28 visits: within a week of each placement, then every 6 weeks (3 months in a long-term placement after a year).</summary>
    private void AddCareVisits(DateOnly start, DateOnly until)
    {
        for (int p = 0; p < _placements.Count; p++)
        {
            (DateOnly placedOn, string place) = _placements[p];
            DateOnly placementEnd = p + 1 < _placements.Count ? _placements[p + 1].Start : until;
            DateOnly visit = placedOn.AddDays(_rng.Chance(DemoRates.ClaVisitOnTime) ? _rng.Between(1, 7) : _rng.Between(8, 20));
            while (visit < placementEnd && visit < until && visit <= _asOf)
            {
                AddVisit(VisitKind.LookedAfter, visit);
                int limit = place is "U1" or "U4" && visit.DayNumber - start.DayNumber > 365 ? 91 : 42;
                visit = visit.AddDays(_rng.Chance(DemoRates.ClaVisitOnTime) ? _rng.Between(limit * 2 / 3, limit) : _rng.Between(limit + 1, limit + 30));
            }
        }
    }

    /// <summary>A care leaver from leaving care to 21 (or 25): personal adviser, OC3 statuses around birthdays, visits.</summary>
    private void CareLeaverPhase(DateOnly leftCare, PeriodOfCare period)
    {
        if (_careLeaver is not null)
        {
            return;
        }

        DateOnly until = _dob.AddYears(_rng.Chance(0.12) ? 25 : 21);
        if (until <= leftCare)
        {
            return;
        }

        _careLeaver = new CareLeaver
        {
            Eligibility = AgeAt(leftCare) >= 18 || AgeAt(_asOf) >= 18 ? CareLeaverEligibility.FormerRelevant : CareLeaverEligibility.Relevant,
        };
        _careLeaverUntil = until;
        _careLeaverPeriod = period;
        SetStage(TeamKind.LeavingCare, leftCare);
        if (until <= _asOf)
        {
            EndStage(until);
        }

        for (int birthday = 17; birthday <= 21; birthday++)
        {
            DateOnly day = _dob.AddYears(birthday);
            if (day < leftCare)
            {
                continue;
            }

            DateOnly recorded = day.AddDays(_rng.Between(-14, 60));
            if (recorded < leftCare)
            {
                recorded = leftCare;
            }

            if (recorded > _asOf || recorded > until)
            {
                break;
            }

            string inTouch = DemoRates.InTouch.Pick(_rng);
            var status = new CareLeaverStatus { CareLeaver = _careLeaver, RecordedOn = recorded, InTouch = inTouch };
            if (inTouch == "YES")
            {
                status.Activity = _rng.Chance(0.5) ? DemoRates.ActivityInEducationOrWork.Pick(_rng) : DemoRates.ActivityNeet.Pick(_rng);
                bool suitable = _rng.Chance(0.85);
                string accommodation = suitable ? DemoRates.SuitableAccommodation.Pick(_rng) : DemoRates.UnsuitableAccommodation.Pick(_rng);
                if (birthday == 17 && accommodation is "Z" or "T")
                {
                    accommodation = "D";
                }

                status.Accommodation = accommodation;
                status.AccommodationSuitable = suitable;
                status.LatestContactDate = recorded.AddDays(-_rng.Between(0, 45));
            }
            else if (inTouch is "NO" or "REFU")
            {
                status.LatestContactDate = recorded.AddDays(-_rng.Between(60, 300));
            }

            _careLeaverStatuses.Add(status);
        }

        Visits(VisitKind.CareLeaver, leftCare, until);
        DateOnly review = leftCare.AddMonths(6);
        DateOnly? latest = null;
        while (review <= _asOf && review < until)
        {
            latest = review;
            review = review.AddMonths(6);
        }

        _careLeaver.LatestPathwayPlanReviewDate = latest;
    }

    private string HomePostcodeFor(int lsoa) =>
        Postcode(DemoLists.HomeDistricts[lsoa < DemoLists.DeprivedLsoaCount ? lsoa % 3 : 3 + (lsoa % (DemoLists.HomeDistricts.Length - 3))]);

    private string Postcode(string district)
    {
        const string letters = DemoLists.InwardLetters;
        return string.Concat(
            district,
            " ",
            _rng.Between(1, 9).ToString(CultureInfo.InvariantCulture),
            letters[_rng.Next(letters.Length)].ToString(),
            letters[_rng.Next(letters.Length)].ToString());
    }

    /// <summary>The legal route through one period of care and how it ends, worked out before its episodes are built.</summary>
    private sealed class CarePath
    {
        /// <summary>The story; an adoption whose decision ceases becomes long-term care.</summary>
        public Story Story { get; set; }

        public string InitialStatus { get; init; } = "";

        public DateOnly? Interim { get; init; }

        public DateOnly? Hearing { get; init; }

        public DateOnly? CareOrder { get; set; }

        public DateOnly? PlacementOrder { get; set; }

        public DateOnly? AdoptionDecision { get; set; }

        public DateOnly? DecisionCeased { get; set; }

        public DateOnly? Matched { get; set; }

        public DateOnly? PlacedForAdoption { get; set; }

        public bool ByFosterCarers { get; set; }

        /// <summary>Returned home under a supervision order made at the hearing.</summary>
        public bool Supervision { get; set; }

        public DateOnly End { get; set; }

        public string ReasonCeased { get; set; } = "";
    }

    private readonly record struct CareEvent(
        DateOnly Date, string? Status, string? Place = null, bool Planned = false, bool SameCarers = false, bool LongTermMove = false);
}

"""kg.extract.names: unknown names by their form, enumerations and counted groups."""
from kg.extract.names import (agreement_spans, counted_groups, holder_after_title, listed_with,
                              named_delegations, office_phrase, organisation_spans, people_groups, person_spans,
                              plural_forms)
from kg.extract.words import ORG_WORDS


def names(spans):
    return [name for _, _, name in spans]


def test_organisations_by_a_form_word_before_the_name():
    s = "Het bezoek werd voorbereid door de provincie Drenthe en de Stichting Kopano."
    assert names(organisation_spans(s)) == ["provincie Drenthe", "Stichting Kopano"]


def test_organisations_by_a_form_word_after_the_name_in_english():
    s = "The delegation visited Hebei Province and BCEG Environmental Remediation Co., Ltd. today."
    assert names(organisation_spans(s)) == ["Hebei Province", "BCEG Environmental Remediation Co., Ltd"]


def test_a_ministry_keeps_its_name_but_not_the_next_clause():
    s = "Minister Schultz of the Ministry of Infrastructure travelled to China as well."
    assert names(organisation_spans(s)) == ["Ministry of Infrastructure"]


def test_two_organisations_joined_by_and_stay_two():
    s = "Companies such as Priva and INHolland Group signed."
    assert "Priva and INHolland Group" not in names(organisation_spans(s))


def test_people_with_initials_or_a_royal_title():
    s = "Namens de provincie spraken R.G. Jansen en A. Leroux; ook ZKH de Prins van Oranje was er."
    assert names(person_spans(s)) == ["R.G. Jansen", "A. Leroux", "ZKH de Prins van Oranje"]


def test_names_listed_with_an_organisation_are_organisations():
    s = "bezoeken aan Canon, Panasonic en Mitsubishi Motor Corporation"
    canon, panasonic, mmc = (s.index("Canon"), s.index("Canon") + 5), \
        (s.index("Panasonic"), s.index("Panasonic") + 9), (s.index("Mitsubishi"), len(s))
    assert listed_with(s, [canon, panasonic, mmc], {mmc}) == {canon, panasonic}
    assert listed_with(s, [canon, panasonic], set()) == set()


def test_counted_groups_with_their_words_but_not_years():
    assert counted_groups("Around 130 companies and organisations joined in 2018.") == [
        (130, "Around 130 companies and organisations")]
    assert counted_groups("circa 200 Chinese gasten") == [(200, "circa 200 Chinese gasten")]
    assert counted_groups("In 2018 bedrijven") == []


def office(s, word):
    a = s.index(word)
    span = office_phrase(s, a, a + len(word))
    return s[span[0]:span[1]] if span else None


def test_an_unnamed_office_holder_is_the_office_with_what_says_which():
    assert office("bij de Zuid-Koreaanse minister van Land, Transport en Maritieme Zaken, de "
                  "vice-minister", "minister") == \
        "Zuid-Koreaanse minister van Land, Transport en Maritieme Zaken"
    assert office("de Commissaris van de Koningin van Drenthe, het college",
                  "Commissaris van de Koningin") == "Commissaris van de Koningin van Drenthe"
    assert office("a reception at the residence of the Dutch Ambassador.", "Ambassador") == \
        "Dutch Ambassador"


def test_a_bare_role_word_is_no_office_holder_of_its_own():
    # 'de Nederlandse minister' may be the minister the text has named already
    assert office("De Nederlandse minister zal een aantal bedrijven bezoeken.", "minister") is None
    assert office("de burgemeester opende", "burgemeester") is None


def test_a_ministry_runs_on_over_commas_and_and():
    s = "namens het ministerie van Economische Zaken, Landbouw en Innovatie reisden 20 bedrijven"
    assert "ministerie van Economische Zaken, Landbouw en Innovatie" in names(organisation_spans(s))
    s = "Minister Schultz of the Dutch Ministry of Infrastructure and the Environment travelled"
    assert "Dutch Ministry of Infrastructure and the Environment" in names(organisation_spans(s))


def test_a_kind_of_organisation_in_lower_case_names_the_next_one():
    s = "Bij de Japanse ruimtevaartorganisatie Jaxa en the Dutch company Sorama signed."
    assert {"Jaxa", "Sorama"} <= set(names(organisation_spans(s)))


def test_a_plural_form_names_each_in_its_list():
    s = "ontvangen door de gemeenten Groningen, Assen en Emmen."
    assert names(plural_forms(s)) == ["gemeente Groningen", "gemeente Assen", "gemeente Emmen"]


def test_a_person_with_a_portfolio_in_brackets():
    s = ("cabinet members – Sigrid Kaag (Foreign Trade and Development Cooperation), "
         "Carola Schouten (Agriculture)")
    assert names(person_spans(s)) == ["Sigrid Kaag", "Carola Schouten"]
    assert names(person_spans("the Brabantse Ontwikkelingsmaatschappij (BOM) was there")) == []
    # a place with its country in brackets is no person with a portfolio
    assert names(person_spans("De delegatie bezocht Hong Kong (China) en Macau.")) == []


def test_agreements_by_their_words_with_what_says_which():
    s = ("Bij Jaxa zal de minister de ondertekening van een samenwerkingsovereenkomst tussen Japan "
         "en Nederland op het gebied van ruimtevaart bijwonen.")
    assert names(agreement_spans(s)) == [
        "samenwerkingsovereenkomst tussen Japan en Nederland op het gebied van ruimtevaart"]
    s = "During the visit, the two mayors jointly signed a Smart City Memorandum of Understanding."
    assert names(agreement_spans(s)) == ["Smart City Memorandum of Understanding"]


def test_people_after_mr_or_mevrouw():
    s = "In their speech, both Mr Smit and Mr Tang mentioned the cooperation."
    assert names(person_spans(s)) == ["Smit", "Tang"]


def test_stacked_styles_and_academic_titles_are_no_part_of_the_name():
    s = ("De heer Dr. Karel Boom sprak met prof. dr. ir. Els Veen, drs. T. Mol, mr. dr. B. Ros "
         "en ing. L. Wit; Mrs. Dr. Ann Lee was there too.")
    assert names(person_spans(s)) == ["Karel Boom", "Els Veen", "T. Mol", "B. Ros", "L. Wit",
                                      "Ann Lee"]


def test_letters_after_a_styled_name_are_no_part_of_it():
    s = "The Hon. Mary Lowe MLC – travel report, Peru, May 2024"
    assert names(person_spans(s)) == ["Mary Lowe"]


def test_a_post_in_apposition_to_a_name_is_no_unnamed_holder():
    assert office("John Jorritsma, Mayor of Eindhoven, Netherlands, led a delegation.",
                  "Mayor") is None


def test_a_capitalised_adjective_belongs_to_the_organisation():
    s = "aanwezig waren de Regionale Stuurgroep Internationale Samenwerking en anderen."
    assert names(organisation_spans(s)) == ["Regionale Stuurgroep Internationale Samenwerking"]


def test_a_network_or_lower_case_province_after_a_name():
    s = "Zuid-Moravië wordt lid van het PURPLE netwerk en werkt met de Chinese Hebei province."
    assert {"PURPLE netwerk", "Hebei province"} <= set(names(organisation_spans(s)))


def test_counts_written_in_words_are_counted_groups():
    assert counted_groups("The mission had nine energy companies and two universities.") == [
        (9, "nine energy companies")]
    assert counted_groups("Er reisden twaalf ondernemers mee.") == [(12, "twaalf ondernemers")]


def test_a_lower_case_kind_of_company_before_a_name_in_dutch():
    assert names(organisation_spans("Hij bezoekt chipmachinefabrikant Tessla en "
                                    "zuivelbedrijf Melkon.")) == ["Tessla", "Melkon"]


def test_another_countrys_office_holder_by_nationality_and_portfolio():
    s = "She met the Chilean transport minister and the Dutch minister."
    assert office(s, "minister") == "Chilean transport minister"
    assert office_phrase(s, s.rindex("minister"), len(s) - 1) is None


def test_people_named_as_a_kind_when_the_words_say_which_or_they_are_met():
    assert people_groups("Zij spreekt met Peruaanse studenten over export en daarna met "
                         "vertegenwoordigers van de havens.") == [
        ("studenten", "Peruaanse studenten"),
        ("vertegenwoordigers", "vertegenwoordigers van de havens")]
    assert people_groups("Daarna volgt een gesprek met bewindslieden en ondernemers.") == [
        ("bewindslieden", "bewindslieden en ondernemers")]
    assert people_groups("Dit is goed voor het bedrijfsleven.") == []
    assert people_groups("Met 12 ondernemers reist zij naar Lima.") == []


def test_the_holder_after_a_title_ends_the_clause():
    s = "The first meeting was with the Dutch Ambassador to Peru, Jan de Vries."
    end = s.index("Ambassador") + len("Ambassador")
    a, b = holder_after_title(s, end)
    assert s[a:b] == "Jan de Vries"
    s = "She met the Minister of Economy, Foreign Trade, Tourism and Culture."
    assert holder_after_title(s, s.index("Minister") + len("Minister")) is None


def test_a_members_style_and_a_form_of_address_before_the_holder_are_no_second_title():
    s = "The mission was led by Minister of Trade, Industry and Energy, Senator the Hon. Mary Field."
    a, b = holder_after_title(s, s.index("Minister") + len("Minister"))
    assert s[a:b] == "Mary Field"
    s = "It was opened by the Minister of Tourism, Senator Ken Lowe, and the Mayor."
    a, b = holder_after_title(s, s.index("Minister") + len("Minister"))
    assert s[a:b] == "Ken Lowe"


def test_the_holder_after_a_title_may_have_stacked_styles_and_titles():
    s = "Het werd geopend door de Britse Consul in Gent, mevrouw prof. dr. Ann Berg."
    a, b = holder_after_title(s, s.index("Consul") + len("Consul"))
    assert s[a:b] == "Ann Berg"


def test_cities_named_after_their_plural_form_word_are_each_one():
    s = "In 1984 werd het protocol tussen de steden Lima en Cusco getekend."
    assert names(plural_forms(s)) == ["stad Lima", "stad Cusco"]
    assert names(agreement_spans(s)) == ["protocol tussen de steden Lima en Cusco"]


def test_an_agency_or_a_dutch_compound_form_word_names_an_organisation():
    s = "Het college koos het reisagentschap Lima Travel, met het Autonoom Gemeentelijk Havenbedrijf."
    assert names(organisation_spans(s)) == ["Lima Travel"]
    assert ORG_WORDS.search("Autonoom Gemeentelijk Havenbedrijf")


def test_an_organisation_keeps_what_it_is_for_but_not_a_country():
    s = "They met the Lima Centre for Trade and Investment and the Hebei Centre of China."
    assert names(organisation_spans(s)) == ["Lima Centre for Trade and Investment", "Hebei Centre"]
    s = "De minister bezocht het Limaans Centrum voor Agro-en Visserijmarketing (LCAV)."
    assert names(organisation_spans(s)) == ["Limaans Centrum voor Agro-en Visserijmarketing"]


def test_public_institutions_have_form_words():
    for name in ("National Gallery", "Royal Hospital Lima", "Lima Farmers’ Union",
                 "Diplomatieke Vertegenwoordiging", "Museo Larco Museum"):
        assert ORG_WORDS.search(name), name


def test_whom_someone_meets_named_by_a_list_of_kinds_is_one_group():
    assert people_groups("The mayor will meet with business, academic and government officials "
                         "in Lima.") == [("officials", "business, academic and government officials")]
    assert people_groups("She will also meet with international port and airport partners.") == [
        ("partners", "international port and airport partners")]


def test_academics_actors_and_experts_are_kinds_of_people():
    assert counted_groups("De minister lunchte met 3 vooraanstaande Peruaanse academici.") == [
        (3, "3 vooraanstaande Peruaanse academici")]
    assert people_groups("Hij sprak met verschillende culturele actoren uit Lima.") == [
        ("actoren", "verschillende culturele actoren uit Lima")]


def test_other_people_of_a_kind_are_no_group():
    assert people_groups("De gedeputeerde sprak met andere partners in Lima.") == []


def test_the_provinces_of_a_list_are_each_a_province_but_the_cities_of_a_list_are_places():
    s = "The premier met the governors of the provinces of Guangdong and Shandong."
    assert names(plural_forms(s)) == ["province Guangdong", "province Shandong"]
    assert plural_forms("The mission visited the cities of Mumbai and Pune.") == []


def test_a_style_or_salutation_before_a_name_is_no_part_of_it():
    assert names(person_spans("Rt Hon Lisa Pryce, Minister for Trade")) == ["Lisa Pryce"]
    assert names(person_spans("Later the Hon. Tom Reyes spoke.")) == ["Tom Reyes"]
    assert names(person_spans("Mevrouw Anke van ’t Hul opende de markt.")) == ["Anke van ’t Hul"]
    assert names(person_spans("Ook dhr. Piet ter Horst kwam langs.")) == ["Piet ter Horst"]


def test_representatives_of_a_company_or_sent_by_a_body_are_a_group():
    assert people_groups("Representatives of Acme Holdings joined Council representatives.") == [
        ("Representatives", "Representatives of Acme Holdings"),
        ("representatives", "Council representatives")]
    assert people_groups("The Dutch business community and Kaag en de Nederlandse ondernemers "
                         "zijn er.") == [("ondernemers", "de Nederlandse ondernemers")]


def test_a_committee_by_what_it_is_for_is_an_organisation():
    assert names(organisation_spans("Een delegatie van de vaste commissie voor Wonen, Zorg en "
                                    "Sport reisde af.")) == ["vaste commissie voor Wonen, Zorg en Sport"]
    assert names(organisation_spans("The Select Committee on Rural Affairs met.")) == [
        "Select Committee on Rural Affairs"]


def test_an_acting_or_deputy_office_holder_keeps_that_word():
    assert office("met de plaatsvervangend Peruaanse ambassadeur in Nederland.",
                  "ambassadeur") == "plaatsvervangend Peruaanse ambassadeur in Nederland"
    assert office("a report by the Acting Director of Parks and Leisure.", "Director") == \
        "Acting Director of Parks and Leisure"


def test_jury_members_are_a_kind_of_people():
    assert people_groups("De Belgische juryleden hebben de stad geadviseerd.") == [
        ("juryleden", "De Belgische juryleden")]


def test_a_body_named_with_its_form_word_ends_at_a_possessive():
    s = "The Council of Ruritania's Assembly of Towns met the Ministry of Trade’s envoy."
    assert names(organisation_spans(s)) == ["Council of Ruritania", "Ministry of Trade"]


def test_a_group_by_its_lower_case_word_is_an_organisation():
    s = "The Northern Forum group was represented at the meeting."
    assert names(organisation_spans(s)) == ["Northern Forum group"]


def test_counted_diplomats_are_a_group():
    assert counted_groups("Addressing almost 40 Avalon-based ambassadors and diplomats, she "
                          "spoke.") == [(40, "almost 40 Avalon-based ambassadors and diplomats")]
    assert counted_groups("Hij sprak met 12 ambassadeurs.") == [(12, "12 ambassadeurs")]


def test_an_office_ends_before_its_country_after_a_comma():
    assert office("The group met the Mayor of Utena District, Lithuania, on 3 May.", "Mayor") == \
        "Mayor of Utena District"


def test_people_of_a_body_written_in_full_keep_its_whole_name():
    assert people_groups("The office hosted representatives of the Committee of the Towns and "
                         "the Congress.") == [
        ("representatives", "representatives of the Committee of the Towns")]


def test_office_holders_counted_but_not_named_are_a_group_unless_they_were_named_before():
    assert counted_groups("De delegatie bestaat uit de burgemeester, 3 wethouders en een "
                          "ambtenaar.") == [(3, "3 wethouders")]
    assert counted_groups("Then the two mayors signed the memorandum.") == []


def test_a_whole_board_counted_in_figures_and_a_vague_few_are_groups():
    # "de 5 wethouders": the board told by its size (an answer's list), not those named before
    assert counted_groups("Aan de reis namen de 5 wethouders en de burgemeester deel.") == [
        (5, "5 wethouders")]
    assert counted_groups("Ook gingen een drietal gemeenteraadsleden mee.") == [
        (3, "een drietal gemeenteraadsleden")]


def test_a_title_cased_headline_names_no_group_of_people():
    assert people_groups("Mayor to Meet with Local Business Leaders in Lima") == []
    assert people_groups("The mayor will meet with Peruvian students in Lima.") != []


def test_a_sister_city_agreement_is_an_agreement_with_the_places_before_it():
    s = "He joined the 20th anniversary of the Lyon-Turin sister city agreement and more."
    assert names(agreement_spans(s)) == ["Lyon-Turin sister city agreement"]


def test_a_sister_city_relationship_is_an_agreement_when_its_start_is_told():
    assert names(agreement_spans("We celebrated the 30th anniversary of our Sister City "
                                 "relationship with Lyon.")) == ["Sister City relationship with Lyon"]
    assert names(agreement_spans("Signed in 1990, the Turin-Lyon relationship is strong.")) == [
        "Turin-Lyon relationship"]
    assert names(agreement_spans("Het 25-jarig bestaan van de zusterstadband met Lyon werd "
                                 "gevierd.")) == ["zusterstadband met Lyon"]


def test_a_sister_city_relationship_told_in_passing_is_no_agreement():
    assert agreement_spans("The visit strengthened the sister state relationship between "
                           "Turin and Lyon.") == []
    assert agreement_spans("The Turin-Lyon relationship is strong.") == []


def test_a_population_in_millions_is_no_counted_group():
    assert counted_groups("Lyon is a city of over 13 million people.") == []
    assert counted_groups("De regio telt 4 miljoen mensen.") == []


def test_colleagues_of_another_government_are_a_group_of_people():
    assert people_groups("Aan de Peruaanse collegeleden is een cadeau overhandigd.") == [
        ("collegeleden", "de Peruaanse collegeleden")]
    assert people_groups("Zij zullen met collega-bestuurders afspraken maken.") == [
        ("collega-bestuurders", "collega-bestuurders")]
    assert people_groups("The mayor met her Peruvian counterparts.") == [
        ("counterparts", "Peruvian counterparts")]


def test_a_club_of_friends_of_two_towns_is_an_organisation_with_its_form_word():
    assert [n for _, _, n in organisation_spans(
        "Sinds 1990 organiseert de vriendenclub Lavaux-Ruisdorp uitwisselingen.")] == [
        "vriendenclub Lavaux-Ruisdorp"]
    assert [n for _, _, n in organisation_spans("De vereniging Ruisdorp-Lima bestaat 20 jaar.")] \
        == ["vereniging Ruisdorp-Lima"]


def test_a_ministry_for_a_portfolio_runs_on_over_and_but_not_into_the_next_ministry():
    s = ("The agreements between the Ministry for Public Service and Administration and the "
         "Ministry of Trade were signed.")
    assert names(organisation_spans(s)) == ["Ministry for Public Service and Administration",
                                            "Ministry of Trade"]
    s = "Het ministerie voor Wonen en Ruimte en het ministerie van Financiën tekenden."
    assert names(organisation_spans(s)) == ["ministerie voor Wonen en Ruimte",
                                            "ministerie van Financiën"]


def test_a_department_of_a_portfolio_runs_on_over_and():
    s = "Issued by: Department of Public Service and Administration"
    assert names(organisation_spans(s)) == ["Department of Public Service and Administration"]


def test_a_town_with_municipality_after_it_is_its_government():
    s = "The trip is paid by the Lavaux municipality and the Avalon Municipality."
    assert names(organisation_spans(s)) == ["Lavaux municipality", "Avalon Municipality"]


def test_an_institute_named_by_two_fields_joined_with_and_is_one_name():
    s = "A second MoU was signed with the Lavaux Education Technology and Research Institute."
    assert [n for _, _, n in organisation_spans(s)] == [
        "Lavaux Education Technology and Research Institute"]


def test_a_dutch_institute_named_by_two_fields_joined_with_en_is_one_name():
    s = "De delegatie bezocht het Lavaux Onderwijs en Onderzoek Instituut."
    assert [n for _, _, n in organisation_spans(s)] == ["Lavaux Onderwijs en Onderzoek Instituut"]


def test_a_name_that_stands_alone_before_and_stays_a_name_of_its_own():
    s = "The delegation met Shell and Lavaux University."
    assert "Shell and Lavaux University" not in [n for _, _, n in organisation_spans(s)]
    s = "Wij spraken met Shell en Lavaux Universiteit."
    assert [n for _, _, n in organisation_spans(s)] == ["Lavaux Universiteit"]


def test_companies_are_named_by_what_they_make_or_do():
    sentences = ["De gasten arriveerden per bus bij Lavaux Merwede Shipyard in Ruisdorp.",
                 "Avalon Vale Wines launched a new range at the event.",
                 "Cork-based Ruisdorp Engineering won a contract."]
    assert [n for s in sentences for _, _, n in organisation_spans(s)] == [
        "Lavaux Merwede Shipyard", "Avalon Vale Wines", "Ruisdorp Engineering"]


def test_the_people_of_a_company_are_no_part_of_its_name():
    s = "Representatives of Lavaux Shipyards joined the delegation."
    assert [n for _, _, n in organisation_spans(s)] == ["Lavaux Shipyards"]


def test_a_builder_before_a_name_marks_it_as_a_company():
    s = "Daarna sleepten de tentenbouwer Ruisveld uit Lavaux en de scheepsbouwer Avalon Marine contracten binnen."
    assert [n for _, _, n in organisation_spans(s)] == ["Ruisveld", "Avalon Marine"]


def test_representatives_counted_in_words_are_a_counted_group():
    assert counted_groups("Op 13 juni brachten elf vertegenwoordigers van overheid en "
                          "bedrijfsleven uit Lavaux hier een werkbezoek.") == [
        (11, "elf vertegenwoordigers")]
    assert counted_groups("Three representatives of Avalon Port joined.") == [
        (3, "Three representatives")]


def test_a_delegation_named_by_its_origin_is_named_so_without_its_article():
    assert named_delegations("Eerder bracht een delegatie uit de Ruisstreek een bezoek aan "
                             "Lavaux.") == [("delegatie", "delegatie uit de Ruisstreek")]
    assert named_delegations("Then the delegation from Avalon arrived.") == [
        ("delegation", "delegation from Avalon")]
    assert named_delegations("De delegatie bezocht een haven.") == []


def test_a_bare_plural_is_an_agreement_only_where_its_words_tell_it_signed():
    assert [n for _, _, n in agreement_spans("The first contracts were signed this week.")] == [
        "contracts"]
    assert [n for _, _, n in agreement_spans(
        "Agreements cap a busy week We have signed an MoU with Zorblo.")] == ["MoU with Zorblo"]
    assert agreement_spans("Verder zijn er veel overeenkomsten op het gebied van onderwijs.") == []


def test_senior_civil_servants_counted_in_one_word_are_a_group():
    assert counted_groups("De burgemeester reist met twee topambtenaren naar Ulm.") == [
        (2, "twee topambtenaren")]
    assert counted_groups("The mayor travels with two senior officials to Ulm.") == [
        (2, "two senior officials")]


def test_administrators_from_a_place_and_hosts_by_their_nationality_are_a_group():
    assert people_groups("In 2009 brachten bestuurders uit Ruisdorp een bezoek aan Ulm.") == [
        ("bestuurders", "bestuurders uit Ruisdorp")]
    assert people_groups("De kosten worden door de Peruaanse gastheren gedragen.") == [
        ("gastheren", "de Peruaanse gastheren")]
    assert people_groups("We thanked our Peruvian hosts.") == []       # our own, told before
    assert people_groups("The costs are borne by the Peruvian hosts.") == [
        ("hosts", "the Peruvian hosts")]


def test_administrators_of_a_named_body_or_in_a_delegation_are_no_group_of_their_own():
    # the body acts through them; the delegation is the group
    assert people_groups("Ook met de bestuurders van het district Lavaux werd overleg gevoerd.") == []
    assert people_groups("In 2010 the officials of the Lavaux Corporation chose the city.") == []
    assert people_groups("Toen bezocht een delegatie van bestuurders uit Ruisdorp de provincie.") \
        == []
    assert people_groups("Maar wat hebben onze bestuurders opgehaald?") == []


def test_a_royal_couple_or_party_named_as_one_is_a_group():
    assert people_groups("Het Ruritaans vorstenpaar brengt een staatsbezoek aan Lavaux.") == [
        ("vorstenpaar", "Het Ruritaans vorstenpaar")]
    assert people_groups("Het koninklijk gezelschap werd ontvangen door de burgemeester.") == [
        ("koninklijk gezelschap", "Het koninklijk gezelschap")]
    assert people_groups("Then the royal couple travelled to Lavaux.") == [
        ("royal couple", "the royal couple")]


def test_two_royal_couples_at_once_or_a_bare_party_are_no_group():
    assert people_groups("Ruritaans en Lavaux vorstenpaar bezoeken het stadhuis.") == []
    assert people_groups("Het gezelschap werd ontvangen door de burgemeester.") == []


def test_initials_before_a_capitalised_particle_or_a_double_name_keep_the_whole_name():
    s = "Aanwezig: W. Van der Steen, A. De Smet, J. Le Bon en M. Jansen-De Vos, schepenen."
    assert names(person_spans(s)) == ["W. Van der Steen", "A. De Smet", "J. Le Bon",
                                      "M. Jansen-De Vos"]


def _holder(s: str, word: str = "Minister") -> str | None:
    span = holder_after_title(s, s.index(word) + len(word))
    return s[span[0]:span[1]] if span else None


def test_a_title_run_straight_before_a_name_ends_with_its_portfolio_or_country():
    assert _holder("It was led by Minister of Trade and Export Anna Berg.") == "Anna Berg"
    assert _holder("He met Minister of Peru Carlos Quispe in Lima.") == "Carlos Quispe"
    assert _holder("Zij sprak met minister van Buitenlandse Handel Anna de Vries.",
                   "minister") == "Anna de Vries"


def test_a_form_of_address_after_the_titles_comma_is_no_part_of_the_name():
    assert _holder("Minister for Public Works, Ms Joan Mbeki, is visiting Lima.") == "Joan Mbeki"
    assert _holder("The Minister of Supervision, Mr LI Wei, invited her.") == "LI Wei"


def test_an_office_runs_on_over_its_portfolio_in_brackets_and_an_envoy_to_the_country():
    assert office("In het gesprek met de staatssecretaris van Justitie (Asielzaken) bleek dat",
                  "staatssecretaris") == "staatssecretaris van Justitie (Asielzaken)"
    assert office("de Commissaris van de Koning in Drenthe (CdK) opende",
                  "Commissaris van de Koning") == "Commissaris van de Koning in Drenthe"
    assert office("a reception with the Ambassador of Canada to Peru in Lima.", "Ambassador") == \
        "Ambassador of Canada to Peru"


def test_a_term_of_office_between_a_title_and_its_holder_is_part_of_the_title():
    s = "REPORT OF: Lord Mayor of the City of Lindeveen 2019/20 Councillor Jan Mol"
    assert _holder(s, "Lord Mayor") == "Jan Mol"
    s = "Burgemeester van Lindeveen 2018-2022 raadslid Piet Smit opende de dag."
    assert _holder(s, "Burgemeester") == "Piet Smit"


def test_a_given_name_before_a_middle_initial_is_part_of_the_name():
    s = "De burgemeester van Lavaux (Michael L. Rama) kwam niet; John F. Kennedy sprak."
    assert names(person_spans(s)) == ["Michael L. Rama", "John F. Kennedy"]
    # a role word, a style or a word that starts the sentence is no given name
    s = "Mayor L. Rama spoke. Toen sprak mevrouw A. Jansen. Daarna A. Bos."
    assert names(person_spans(s)) == ["L. Rama", "A. Jansen", "A. Bos"]


def test_a_second_word_of_a_name_after_its_initials_that_ends_the_clause_is_part_of_it():
    s = "Present were K. Anand Rao, secretary, and Smt. L. Meera Devi, councillor."
    assert names(person_spans(s)) == ["K. Anand Rao", "L. Meera Devi"]
    # not a title, a body's word or a word that starts the next sentence
    s = "Daar sprak A. Jansen Gedeputeerde. We met B. Bos Holding, the company. Toen C. Mol."
    assert names(person_spans(s)) == ["A. Jansen", "B. Bos", "C. Mol"]

"""kg.extract.bodies: a government's own council and executive, named by their kind."""
from kg.extract.bodies import body_spans


def bodies(s):
    return [name for _, _, name in body_spans(s)]


def test_a_municipalitys_council_and_executive_are_bodies():
    assert bodies("Het college van B en W informeert de gemeenteraad over de reis.") == [
        "college van B en W", "gemeenteraad"]
    assert bodies("De gemeenteraad van Ede stemde in; het college voert het uit.") == [
        "gemeenteraad van Ede", "college"]



def test_a_municipalitys_government_as_a_whole_is_a_body():
    assert bodies("Het college neemt afscheid van het gemeentebestuur van Lyon.") == [
        "college", "gemeentebestuur van Lyon"]
    assert bodies("Het thema was de gemeente en het gemeentebestuur in het algemeen.") == []


def test_a_provinces_states_are_bodies():
    assert bodies("Gedeputeerde Staten sturen de brief aan Provinciale Staten van Utrecht.") == [
        "Gedeputeerde Staten", "Provinciale Staten van Utrecht"]


def test_an_english_council_or_cabinet_with_a_capital_is_a_body():
    assert bodies("The Cabinet heard that the City Council had agreed.") == ["Cabinet",
                                                                            "City Council"]


def test_a_body_with_a_name_of_its_own_is_no_body_by_its_kind():
    assert bodies("She addressed the Council of Europe and visited the Cabinet Office.") == []
    assert bodies("The council met; Het college van Europa is een school.") == []


def test_whose_body_may_be_a_new_municipality():
    assert bodies("Het college van burgemeester en wethouders van de nieuwe gemeente Oosterdal "
                  "reisde af.") == ["college van burgemeester en wethouders van de nieuwe gemeente "
                                    "Oosterdal"]


def test_a_flemish_towns_college_is_a_body_whose_its_adjective_says():
    assert bodies("Het Gentse schepencollege ontving het schepencollege van Aalst.") == [
        "Gentse schepencollege", "schepencollege van Aalst"]

"""kg.extract.mentions.attendance: the plain members of a minutes' attendance list are no actors
unless the text names them again; those listed with a post are."""
from kg.extract import extract

MINUTES = ("Uittreksel uit de notulen van de gemeenteraad\n\nZitting van 3 mei 2010\n\nAanwezig:\n\n"
           "A. Smit, schepen-voorzitter; B. Kok en C. Bos, schepenen;\n\n"
           "D. Mol, E. Pauwels en F. Claes, leden;\n\nG. Wit, secretaris.\n\nAfwezig:\n\n"
           "H. Goossens, burgemeester en J. Peeters, lid.\n\n"
           "De gemeenteraad hoort E. Pauwels, die vraagt naar het bezoek aan de zusterstad Lavaux.\n")


def people(text):
    return {u.name for u in extract(text, known={}).unknown if u.kind == "person"}


def test_members_listed_present_or_absent_are_no_actors_but_those_with_a_post_are():
    found = people(MINUTES)
    assert {"A. Smit", "B. Kok", "C. Bos", "G. Wit", "H. Goossens"} <= found
    assert not {"D. Mol", "F. Claes", "J. Peeters"} & found


def test_a_member_the_text_names_again_is_an_actor():
    assert "E. Pauwels" in people(MINUTES)

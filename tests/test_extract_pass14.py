"""Session 10: people present abroad without a 'send' verb, 'share ... with', routing with a destination,
weapons as the thing deployed, 'more troops' going where the earlier ones went, a measure's own target,
'output' as production (sentences written here)."""

from __future__ import annotations

from extract_helpers import keys, run  # noqa: F401  (run is a fixture)


def _items(ex, ctype: str) -> set[str | None]:
    return {c.item for c in ex.claims if c.type == ctype}


def test_foreign_soldiers_said_to_be_in_a_country_are_deployed_there(run) -> None:
    ex = run("Around 9,000 Chadian soldiers are now in Sudan, according to the monitors.")
    assert keys(ex, "deployment") == {("deployment", "TD", "SD")}
    ex = run("Some 2,000 Iranian advisers remain in Syria despite the fall of the government.")
    assert keys(ex, "deployment") == {("deployment", "IR", "SY")}


def test_being_somewhere_other_than_in_a_place_says_nothing(run) -> None:
    assert keys(run("The Chadian soldiers are ready and well armed.")) == set()
    assert keys(run("Chadian soldiers are with their families for the holiday.")) == set()


def test_an_armed_group_s_fighters_are_the_group_s_deployment(run) -> None:
    ex = run("Wagner fighters have been in Libya since 2019.")
    assert keys(ex, "deployment") == {("deployment", "Wagner Group", "LY")}


def test_people_moved_kept_or_maintained_abroad_are_deployed(run) -> None:
    assert keys(run("Thousands of Belarusian troops were moved to Russia in March.")) == \
        {("deployment", "BY", "RU")}
    assert keys(run("Turkey has maintained about 3,000 soldiers in Qatar since 2017.")) == \
        {("deployment", "TR", "QA")}
    assert ("deployment", "KP", "CN") in keys(run("North Korea keeps hundreds of IT workers in China."))


def test_moving_goods_or_keeping_people_at_home_is_no_deployment(run) -> None:
    assert keys(run("Pakistan moved artillery to the border with India.")) == set()
    assert keys(run("Egypt kept its soldiers on alert.")) == set()


def test_the_dispatch_of_foreign_troops_names_their_state_as_sender(run) -> None:
    ex = run("Analysts logged the dispatch of 5,000 Eritrean troops to Ethiopia during the war.")
    assert keys(ex, "deployment") == {("deployment", "ER", "ET")}


def test_a_further_contingent_goes_where_the_earlier_troops_went(run) -> None:
    ex = run("Chad sent 1,500 soldiers to Niger in May. Officials say N'Djamena is preparing to dispatch a further "
             "contingent before the rains.")
    deployments = [c for c in ex.claims if c.type == "deployment"]
    assert [(c.actor, c.recipient, c.status) for c in deployments] == [("TD", "NE", "confirmed"),
                                                                      ("TD", "NE", "planned")]


def test_more_troops_from_another_state_do_not_inherit_the_destination(run) -> None:
    ex = run("Chad sent 1,500 soldiers to Niger in May. Sudan also sent more troops.")
    assert keys(ex, "deployment") == {("deployment", "TD", "NE")}


def test_a_deployed_weapon_is_the_item_not_troops(run) -> None:
    ex = run("Moscow stationed Iskander missiles in Belarus last year.")
    assert keys(ex, "deployment") == {("deployment", "RU", "BY")}
    assert _items(ex, "deployment") == {"ballistic missiles"}
    ex = run("Russia could deploy the new missile on Belarusian territory next year.")
    assert keys(ex, "deployment") == {("deployment", "RU", "BY")}


def test_sharing_know_how_with_a_state_is_a_transfer(run) -> None:
    ex = run("Officials say Pyongyang has been sharing missile technology with Tehran.")
    assert keys(ex) == {("transfer", "KP", "IR")}


def test_sharing_information_or_a_border_is_not(run) -> None:
    assert keys(run("Seoul is sharing information on the missiles with Washington and Tokyo.")) == set()
    assert keys(run("Russia shares a long border with China.")) == set()


def test_routing_goods_to_a_destination_is_a_transfer_but_a_route_alone_is_not(run) -> None:
    ex = run("Investigators say a Turkish company routed Western electronic components to Russia.")
    assert keys(ex, "transfer") == {("transfer", "TR", "RU")}
    assert keys(run("The electronic components were routed through ports in Georgia."), "transfer") == set()
    assert keys(run("Iran diverted the drones to the Houthis."), "transfer") == {("transfer", "IR", "YE")}
    assert keys(run("The flight was diverted to Moscow.")) == set()


def test_penalties_on_bodies_target_their_state(run) -> None:
    ex = run("The United States imposed penalties on Iranian shipping firms on Friday.")
    assert keys(ex, "enforcement") == {("enforcement", "US", "IR")}


def test_output_of_weapons_is_production_but_oil_production_is_not(run) -> None:
    ex = run("North Korea has sharply expanded its missile output this year.")
    assert keys(ex) == {("production", "KP", None)}
    assert keys(run("Russia's oil production rose last year.")) == set()
    assert keys(run("Russia's economic output fell last year.")) == set()

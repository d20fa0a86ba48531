package dev.tidings.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidings.nlp.Embedder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small synthetic streams through the real embedder and the online clusterer. */
class OnlineClustererTest {
    static Embedder embedder;
    static Features features;

    @BeforeAll
    static void load() {
        embedder = Embedder.load(1);
        features = new Features(embedder);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void sameTopicDifferentEventsSplitAndEachEventStaysTogether() {
        Map<String, String> stream = new LinkedHashMap<>();
        stream.put(
                "chile-1",
                "Magnitude 6.2 earthquake strikes northern Chile near Arica|A strong earthquake of magnitude 6.2 shook the Arica region of northern Chile on Tuesday, the national seismology office said. Buildings swayed in Arica and Iquique.");
        stream.put(
                "haiti-1",
                "Magnitude 7.0 earthquake devastates Haiti, Port-au-Prince in ruins|A catastrophic earthquake of magnitude 7.0 struck Haiti near Port-au-Prince, collapsing the presidential palace and thousands of homes.");
        stream.put(
                "chile-2",
                "Quake rattles Arica and Iquique; Chile reports minor damage|Chilean authorities reported minor damage in Arica and Iquique after the magnitude 6.2 earthquake; no tsunami warning was issued for the Chilean coast.");
        stream.put(
                "haiti-2",
                "Haiti earthquake death toll climbs as aid reaches Port-au-Prince|Rescuers in Port-au-Prince searched collapsed buildings as the death toll from Haiti's magnitude 7.0 earthquake climbed and aid flights landed.");
        stream.put(
                "chile-3",
                "No tsunami after northern Chile earthquake near Arica|The Chilean navy said no tsunami followed the 6.2 magnitude quake off Arica in northern Chile; residents of Iquique returned home.");
        stream.put(
                "haiti-3",
                "UN sends rescue teams to Port-au-Prince after Haiti's 7.0 earthquake|The United Nations sent search teams to Port-au-Prince after Haiti's magnitude 7.0 earthquake flattened much of the capital.");
        Map<String, String> story = cluster(stream, null);
        assertThat(story.get("chile-1")).isEqualTo(story.get("chile-2")).isEqualTo(story.get("chile-3"));
        assertThat(story.get("haiti-1")).isEqualTo(story.get("haiti-2")).isEqualTo(story.get("haiti-3"));
        assertThat(story.get("chile-1")).isNotEqualTo(story.get("haiti-1"));
    }

    @Test
    void theSameWordsMonthsApartAreDifferentStories() {
        Map<String, String> stream = new LinkedHashMap<>();
        stream.put(
                "jan",
                "Central bank raises interest rate to 4.75%|The Bank of Ardenia raised its main interest rate to 4.75% to fight inflation.");
        stream.put(
                "jun",
                "Central bank raises interest rate to 4.75%|The Bank of Ardenia raised its main interest rate to 4.75% to fight inflation.");
        Map<String, String> story = cluster(
                stream,
                Map.of("jan", Instant.parse("2026-01-10T10:00:00Z"), "jun", Instant.parse("2026-06-10T10:00:00Z")));
        assertThat(story.get("jan")).isNotEqualTo(story.get("jun"));
    }

    private static Map<String, String> cluster(Map<String, String> stream, Map<String, Instant> times) {
        OnlineClusterer clusterer = new OnlineClusterer(StoryMatcher.Params.DEFAULT);
        List<Features.Input> inputs = stream.entrySet().stream()
                .map(e -> {
                    String[] parts = e.getValue().split("\\|", 2);
                    return new Features.Input(
                            e.getKey(), null, times == null ? null : times.get(e.getKey()), parts[0], parts[1]);
                })
                .toList();
        features.ofAll(inputs).forEach(clusterer::add);
        Map<String, String> out = new LinkedHashMap<>();
        stream.keySet().forEach(id -> out.put(id, clusterer.storyOf(id)));
        return out;
    }
}

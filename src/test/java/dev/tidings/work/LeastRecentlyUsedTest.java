package dev.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {
    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyReadFirst() {
        Map<String, Integer> m = LeastRecentlyUsed.map(2);
        m.put("a", 1);
        m.put("b", 2);
        assertThat(m.get("a")).isEqualTo(1); // "b" is now the least recently used
        m.put("c", 3);
        assertThat(m).containsOnlyKeys("a", "c");
        assertThatThrownBy(() -> LeastRecentlyUsed.map(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.pairingatlas.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.entity.Nodes;
import org.pairingatlas.organisation.Organisation;
import org.pairingatlas.pairing.Pairing;
import org.pairingatlas.programme.Programme;
import org.pairingatlas.project.Project;
import org.pairingatlas.region.Region;
import org.pairingatlas.source.Document;
import org.pairingatlas.source.ui.DocumentView;
import org.pairingatlas.target.Target;

/**
 * Where any node is told in words ({@code /node/{key}}), so that search results, list
 * rows, the explorer and the dashboard can link to a node without knowing its type: a
 * region, organisation, programme, pairing, project, target or document on its page,
 * anything else in the explorer, opened around it.
 */
@Route("node")
public class NodeRedirect extends Div implements HasUrlParameter<String> {

	private final Nodes nodes;

	NodeRedirect(Nodes nodes) {
		this.nodes = nodes;
	}

	/** Where a node is shown. */
	public static String link(String key) {
		return ListLinks.page(key);
	}

	@Override
	public void setParameter(BeforeEvent event, String key) {
		Optional<String> page = this.nodes.byId(key).map((node) -> switch (node) {
			case Region r -> RegionPage.link(key);
			case Organisation o -> OrganisationPage.link(key);
			case Programme p -> ProgrammePage.link(key);
			case Pairing p -> PairingPage.link(key);
			case Project p -> ProjectPage.link(key);
			case Target t -> TargetPage.link(key);
			case Document d -> DocumentView.link(key);
			default -> null;
		});
		if (page.isPresent()) {
			event.forwardTo(page.get());
		}
		else {
			event.forwardTo("explore", new QueryParameters(Map.of("show", List.of(key), "open", List.of(key))));
		}
	}

}

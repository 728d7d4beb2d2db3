package org.pairingatlas.page;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.pairingatlas.base.ui.ListLinks;
import org.pairingatlas.organisation.Organisations;
import org.pairingatlas.programme.Programmes;
import org.pairingatlas.region.Regions;

/**
 * Where a node found by the header's search is shown ({@code /node/{key}}): a region, an
 * organisation or a programme on its page, anything else in the explorer, opened around
 * it.
 */
@Route("node")
public class NodeRedirect extends Div implements HasUrlParameter<String> {

	private final Regions regions;

	private final Organisations organisations;

	private final Programmes programmes;

	NodeRedirect(Regions regions, Organisations organisations, Programmes programmes) {
		this.regions = regions;
		this.organisations = organisations;
		this.programmes = programmes;
	}

	/** Where a node is shown. */
	public static String link(String key) {
		return ListLinks.page(key);
	}

	@Override
	public void setParameter(BeforeEvent event, String key) {
		if (this.regions.byKey(key).isPresent()) {
			event.forwardTo(RegionPage.link(key));
		}
		else if (this.organisations.byKey(key).isPresent()) {
			event.forwardTo(OrganisationPage.link(key));
		}
		else if (this.programmes.byKey(key).isPresent()) {
			event.forwardTo(ProgrammePage.link(key));
		}
		else {
			event.forwardTo("explore", new QueryParameters(Map.of("show", List.of(key), "open", List.of(key))));
		}
	}

}
